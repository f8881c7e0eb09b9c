using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// One person on a party's exchange list: as the list names them, tied to a registry person by matching or by a
/// caseworker, verified (identity, a private interview on the wish to go home, medical category, blocking issues),
/// and, once the operation is executed, handed over or not with a reason. Changes go through the operation's
/// version, since the balance depends on every entry.
/// </summary>
public sealed class ExchangeEntry
{
    public const int NameLength = 200;
    public const int ServiceNumberLength = 100;
    public const int NoteLength = 2000;
    public const int FileNameLength = 300;

    private ExchangeEntry()
    {
    }

    public ExchangeEntryId Id { get; private set; }

    public ExchangeId ExchangeId { get; private set; }

    /// <summary>The party that holds the person and hands them over: whose list this entry is on.</summary>
    public PartyId ReleasingPartyId { get; private set; }

    public ExchangeEntrySource Source { get; private set; }

    /// <summary>The line of the list file the entry came from, for imported entries.</summary>
    public int? SourceLine { get; private set; }

    public string SourceFile { get; private set; } = "";

    public string ListedSurname { get; private set; } = "";

    public string ListedGivenName { get; private set; } = "";

    public string ListedPatronymic { get; private set; } = "";

    public PartialDate? ListedDateOfBirth { get; private set; }

    public string? ListedServiceNumber { get; private set; }

    public string ListedNote { get; private set; } = "";

    public PersonId? PersonId { get; private set; }

    public ExchangeResolution Resolution { get; private set; }

    /// <summary>How many registry persons matching proposed, the last time it ran.</summary>
    public int CandidateCount { get; private set; }

    public string ResolvedBy { get; private set; } = "";

    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool IdentityConfirmed { get; private set; }

    public string IdentityConfirmedBy { get; private set; } = "";

    public DateTimeOffset? IdentityConfirmedAt { get; private set; }

    public RepatriationWish Wish { get; private set; }

    public DateTimeOffset? InterviewedAt { get; private set; }

    public string InterviewedBy { get; private set; } = "";

    /// <summary>What the prisoner said in the private interview, sealed: delegates and caseworkers only.</summary>
    public string SealedInterviewNote { get; private set; } = "";

    public MedicalCategory MedicalCategory { get; private set; }

    /// <summary>What stands in the way of the handover (other than a proceeding in the registry), as recorded; empty when nothing.</summary>
    public string BlockingIssue { get; private set; } = "";

    public HandoverOutcome Outcome { get; private set; }

    public NotHandedOverReason NotHandedOverReason { get; private set; }

    public string OutcomeNote { get; private set; } = "";

    public DateOnly? HandedOverOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>The name as the list gives it, surname first.</summary>
    public string ListedName => string.Join(' ', new[] { ListedSurname, ListedGivenName, ListedPatronymic }.Where(p => p.Length > 0));

    internal static ExchangeEntry Create(ExchangeId exchangeId, PartyId releasingPartyId, ExchangeEntrySource source, ExchangeListing listing, int? sourceLine, string? sourceFile, PersonId? personId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        var surname = Check(listing.Surname, NameLength, "surname", errors);
        if (surname.Length == 0)
        {
            errors["surname"] = ["The surname is required."];
        }

        var given = Check(listing.GivenName, NameLength, "givenName", errors);
        var patronymic = Check(listing.Patronymic, NameLength, "patronymic", errors);
        var serviceNumber = Check(listing.ServiceNumber, ServiceNumberLength, "serviceNumber", errors);
        var note = Check(listing.Note, NoteLength, "note", errors);
        ValidationFailedException.ThrowIfAny(errors);
        var file = (sourceFile ?? "").Trim();
        return new ExchangeEntry
        {
            Id = ExchangeEntryId.New(),
            ExchangeId = exchangeId,
            ReleasingPartyId = releasingPartyId,
            Source = source,
            SourceLine = sourceLine,
            SourceFile = file.Length > FileNameLength ? file[^FileNameLength..] : file,
            ListedSurname = surname,
            ListedGivenName = given,
            ListedPatronymic = patronymic,
            ListedDateOfBirth = listing.DateOfBirth,
            ListedServiceNumber = serviceNumber.Length == 0 ? null : serviceNumber,
            ListedNote = note,
            PersonId = personId,
            Resolution = personId is null ? ExchangeResolution.Unresolved : ExchangeResolution.Resolved,
            ResolvedBy = personId is null ? "" : actor.UserName,
            ResolvedAt = personId is null ? null : at,
            CreatedAt = at,
            CreatedBy = actor.UserName,
        };
    }

    /// <summary>Ties the entry to a registry person (the engine's clear match, or a caseworker's choice). A new person clears the verification done for the old one.</summary>
    public void Resolve(ExchangeOperation operation, PersonId personId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureChangeable(operation);
        if (operation.Entries.Any(e => e.Id != Id && e.PersonId == personId))
        {
            throw new DomainRuleException("person", "This person is already on a list of this exchange.");
        }

        if (PersonId != personId)
        {
            IdentityConfirmed = false;
            IdentityConfirmedBy = "";
            IdentityConfirmedAt = null;
        }

        PersonId = personId;
        Resolution = ExchangeResolution.Resolved;
        ResolvedBy = actor.UserName;
        ResolvedAt = at;
        operation.Touch();
    }

    /// <summary>Records that matching found several persons with no clear winner, or nobody, for a caseworker to decide.</summary>
    public void MarkUnresolved(ExchangeOperation operation, ExchangeResolution resolution, int candidateCount)
    {
        ArgumentNullException.ThrowIfNull(operation);
        EnsureChangeable(operation);
        if (resolution is not (ExchangeResolution.Ambiguous or ExchangeResolution.NotFound or ExchangeResolution.Unresolved))
        {
            throw new ArgumentOutOfRangeException(nameof(resolution));
        }

        PersonId = null;
        Resolution = resolution;
        CandidateCount = candidateCount;
        ResolvedBy = "";
        ResolvedAt = null;
        IdentityConfirmed = false;
        IdentityConfirmedBy = "";
        IdentityConfirmedAt = null;
        operation.Touch();
    }

    /// <summary>Records how many candidates matching proposed for an entry it resolved.</summary>
    public void NoteCandidates(int candidateCount) => CandidateCount = candidateCount;

    /// <summary>A delegate confirms the person in front of them is the registry person the entry is tied to.</summary>
    public void ConfirmIdentity(ExchangeOperation operation, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureChangeable(operation);
        if (Resolution != ExchangeResolution.Resolved)
        {
            throw new DomainRuleException("identity", $"{ListedName} is not tied to a registry person yet: resolve the entry first.");
        }

        IdentityConfirmed = true;
        IdentityConfirmedBy = actor.UserName;
        IdentityConfirmedAt = at;
        operation.Touch();
    }

    /// <summary>
    /// Records the prisoner's wish, from an interview held in private (out of the detaining authority's hearing). The
    /// note is sealed by the caller. A wish is only taken from a private interview.
    /// </summary>
    public void RecordInterview(ExchangeOperation operation, RepatriationWish wish, bool heldInPrivate, string sealedNote, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureChangeable(operation);
        if (!Enum.IsDefined(wish) || wish == RepatriationWish.NotAsked)
        {
            throw new ValidationFailedException("wish", "Say what the person wants: yes, no or undecided.");
        }

        if (!heldInPrivate)
        {
            throw new ValidationFailedException("heldInPrivate", "The wish is recorded only from an interview held in private, out of the hearing of the detaining authority.");
        }

        Wish = wish;
        InterviewedAt = at;
        InterviewedBy = actor.UserName;
        SealedInterviewNote = sealedNote ?? "";
        operation.Touch();
    }

    public void SetMedicalCategory(ExchangeOperation operation, MedicalCategory category)
    {
        ArgumentNullException.ThrowIfNull(operation);
        EnsureChangeable(operation);
        if (!Enum.IsDefined(category))
        {
            throw new ValidationFailedException("medicalCategory", "Not a medical category.");
        }

        MedicalCategory = category;
        operation.Touch();
    }

    /// <summary>Records (or, with an empty text, clears) what stands in the way of the handover.</summary>
    public void SetBlockingIssue(ExchangeOperation operation, string? issue)
    {
        ArgumentNullException.ThrowIfNull(operation);
        EnsureChangeable(operation);
        var text = (issue ?? "").Trim();
        if (text.Length > NoteLength)
        {
            throw new ValidationFailedException("blockingIssue", $"At most {NoteLength} characters.");
        }

        BlockingIssue = text;
        operation.Touch();
    }

    /// <summary>Everything that stops this person being handed over now; empty when they may be.</summary>
    public IReadOnlyList<string> Blockers(IReadOnlySet<PersonId> personsWithPendingProceedings)
    {
        ArgumentNullException.ThrowIfNull(personsWithPendingProceedings);
        var blockers = new List<string>();
        if (Resolution != ExchangeResolution.Resolved || PersonId is null)
        {
            blockers.Add("not tied to a registry person");
        }
        else if (!IdentityConfirmed)
        {
            blockers.Add("identity not confirmed");
        }

        if (Wish != RepatriationWish.Yes)
        {
            blockers.Add(Wish switch
            {
                RepatriationWish.No => "declined repatriation in the private interview",
                RepatriationWish.Undecided => "undecided in the private interview",
                _ => "not interviewed in private on the wish to go home",
            });
        }

        if (BlockingIssue.Length > 0)
        {
            blockers.Add($"blocking issue: {BlockingIssue}");
        }

        if (PersonId is { } person && personsWithPendingProceedings.Contains(person))
        {
            blockers.Add("a judicial proceeding or sentence is pending");
        }

        return blockers;
    }

    internal void RecordOutcome(HandoverDecision decision, DateOnly handoverDate)
    {
        var note = (decision.Note ?? "").Trim();
        if (note.Length > NoteLength)
        {
            throw new ValidationFailedException("note", $"At most {NoteLength} characters.");
        }

        Outcome = decision.HandedOver ? HandoverOutcome.HandedOver : HandoverOutcome.NotHandedOver;
        NotHandedOverReason = decision.HandedOver ? NotHandedOverReason.None : decision.Reason;
        OutcomeNote = note;
        HandedOverOn = decision.HandedOver ? handoverDate : null;
    }

    private void EnsureChangeable(ExchangeOperation operation)
    {
        if (operation.Id != ExchangeId)
        {
            throw new ArgumentException("The entry belongs to another exchange.", nameof(operation));
        }

        operation.EnsurePreparing();
    }

    private static string Check(string? value, int length, string field, Dictionary<string, string[]> errors)
    {
        var text = (value ?? "").Trim();
        if (text.Length > length)
        {
            errors[field] = [$"At most {length} characters."];
        }

        return text;
    }
}
