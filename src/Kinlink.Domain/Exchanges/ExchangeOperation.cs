using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// An exchange of prisoners negotiated between two parties, at which the intermediary verifies who is on each list, asks
/// each prisoner in private whether they want to go home, and records the handover. Each party's list is the entries
/// it releases (<see cref="ExchangeEntry.ReleasingPartyId"/>). Once executed, the operation is closed to change.
/// </summary>
public sealed class ExchangeOperation
{
    public const int CategoriesLength = 500;
    public const int NoteLength = 2000;
    public const int PlaceLength = 300;
    public const int MaxCountPerSide = 100_000;

    private readonly List<ExchangeEntry> _entries = [];

    private ExchangeOperation()
    {
    }

    public ExchangeId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PartyId PartyAId { get; private set; }

    public PartyId PartyBId { get; private set; }

    public ExchangeTerms Terms { get; private set; }

    /// <summary>How many each side hands over: required for N for N, optional for categories, unused for all for all.</summary>
    public int? CountPerSide { get; private set; }

    /// <summary>The categories agreed (the seriously wounded, civilians…), as the agreement words them.</summary>
    public string Categories { get; private set; } = "";

    public string TermsNote { get; private set; } = "";

    public DateOnly? PlannedDate { get; private set; }

    /// <summary>Where the handover takes place (a border crossing, an airport), as said.</summary>
    public string Place { get; private set; } = "";

    public ExchangeStatus Status { get; private set; }

    /// <summary>The day of the handover, recorded on execution.</summary>
    public DateOnly? ExecutedOn { get; private set; }

    public DateTimeOffset? ExecutedAt { get; private set; }

    public string ExecutedBy { get; private set; } = "";

    /// <summary>Why the counts handed over do not balance with the terms, when they do not.</summary>
    public string BalanceNote { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public int Version { get; private set; }

    public IReadOnlyList<ExchangeEntry> Entries => _entries;

    public bool IsParty(PartyId party) => party == PartyAId || party == PartyBId;

    public static ExchangeOperation Create(ExchangeDraft draft, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var operation = new ExchangeOperation
        {
            Id = ExchangeId.New(),
            Reference = ExchangeReference.New(ExchangeReference.ExchangePrefix),
            Status = ExchangeStatus.Preparing,
            CreatedAt = at,
            CreatedBy = actor.UserName,
        };
        operation.Apply(draft);
        return operation;
    }

    /// <summary>Changes the agreed terms, date or place while the lists are prepared.</summary>
    public void ChangeTerms(ExchangeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        EnsurePreparing();
        if ((draft.PartyAId != PartyAId || draft.PartyBId != PartyBId) && _entries.Count > 0)
        {
            throw new DomainRuleException("parties", $"Exchange {Reference} already has lists; the parties cannot change.");
        }

        Apply(draft);
        Version++;
    }

    /// <summary>Adds a person to the list of the party that releases them.</summary>
    public ExchangeEntry AddEntry(PartyId releasingPartyId, ExchangeEntrySource source, ExchangeListing listing, int? sourceLine, string? sourceFile, PersonId? personId, Actor actor, DateTimeOffset at)
    {
        EnsurePreparing();
        if (!IsParty(releasingPartyId))
        {
            throw new DomainRuleException("party", $"Only the two parties to exchange {Reference} have lists in it.");
        }

        if (personId is { } id && _entries.Any(e => e.PersonId == id))
        {
            throw new DomainRuleException("person", "This person is already on a list of this exchange.");
        }

        var entry = ExchangeEntry.Create(Id, releasingPartyId, source, listing, sourceLine, sourceFile, personId, actor, at);
        _entries.Add(entry);
        Version++;
        return entry;
    }

    public ExchangeEntry Entry(ExchangeEntryId id) =>
        _entries.FirstOrDefault(e => e.Id == id) ?? throw new NotFoundException("Exchange entry", id.ToString());

    /// <summary>Counts per side and whether they balance with the terms, from the outcomes recorded (or, before execution, from those proposed).</summary>
    public ExchangeBalance Balance(IReadOnlyDictionary<ExchangeEntryId, HandoverDecision>? proposed = null) =>
        ExchangeBalance.Of(this, proposed);

    /// <summary>
    /// Records the handover: every entry is either handed over or not, with a reason. Nobody is handed over who is not
    /// tied to a registry person, whose identity is not confirmed, who did not say yes in a private interview, who has a
    /// blocking issue or a pending proceeding (<paramref name="personsWithPendingProceedings"/>). When the counts do not
    /// balance with the terms, <paramref name="balanceNote"/> must say why. Returns the entries handed over, whose
    /// persons' timelines the caller updates in the same save.
    /// </summary>
    public IReadOnlyList<ExchangeEntry> Execute(
        DateOnly handoverDate,
        IReadOnlyList<HandoverDecision> decisions,
        string? balanceNote,
        IReadOnlySet<PersonId> personsWithPendingProceedings,
        Actor actor,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(personsWithPendingProceedings);
        ArgumentNullException.ThrowIfNull(actor);
        EnsurePreparing();
        var errors = new Dictionary<string, string[]>();
        if (_entries.Count == 0)
        {
            throw new DomainRuleException("entries", $"Exchange {Reference} has no lists to execute.");
        }

        if (handoverDate > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            errors["handoverDate"] = ["The handover is recorded once it has happened: the date cannot be in the future."];
        }

        var byEntry = new Dictionary<ExchangeEntryId, HandoverDecision>();
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            var entry = _entries.FirstOrDefault(e => e.Id == decision.EntryId);
            if (entry is null)
            {
                errors[$"decisions[{i}].entry"] = ["No such entry in this exchange."];
                continue;
            }

            if (!byEntry.TryAdd(decision.EntryId, decision))
            {
                errors[$"decisions[{i}].entry"] = ["This entry is decided twice."];
                continue;
            }

            if (decision.HandedOver)
            {
                var blockers = entry.Blockers(personsWithPendingProceedings);
                if (blockers.Count > 0)
                {
                    errors[$"decisions[{i}].handedOver"] = [$"{entry.ListedName} cannot be handed over: {string.Join("; ", blockers)}."];
                }
            }
            else if (decision.Reason == NotHandedOverReason.None)
            {
                errors[$"decisions[{i}].reason"] = [$"Say why {entry.ListedName} was not handed over."];
            }
        }

        foreach (var missing in _entries.Where(e => !byEntry.ContainsKey(e.Id)))
        {
            errors[$"entry:{missing.Id}"] = [$"Say whether {missing.ListedName} was handed over."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        var balance = Balance(byEntry);
        var note = (balanceNote ?? "").Trim();
        if (!balance.Balanced && note.Length == 0)
        {
            throw new ValidationFailedException("balanceNote", $"The counts do not balance with the terms ({string.Join("; ", balance.Problems)}): say why.");
        }

        if (note.Length > NoteLength)
        {
            throw new ValidationFailedException("balanceNote", $"At most {NoteLength} characters.");
        }

        foreach (var entry in _entries)
        {
            var decision = byEntry[entry.Id];
            entry.RecordOutcome(decision, handoverDate);
        }

        Status = ExchangeStatus.Executed;
        ExecutedOn = handoverDate;
        ExecutedAt = at;
        ExecutedBy = actor.UserName;
        BalanceNote = note;
        Version++;
        return _entries.Where(e => e.Outcome == HandoverOutcome.HandedOver).ToList();
    }

    public void Cancel(string? note, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsurePreparing();
        var trimmed = (note ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new ValidationFailedException("note", "Say why the exchange is cancelled.");
        }

        if (trimmed.Length > NoteLength)
        {
            throw new ValidationFailedException("note", $"At most {NoteLength} characters.");
        }

        Status = ExchangeStatus.Cancelled;
        BalanceNote = trimmed;
        ExecutedBy = actor.UserName;
        Version++;
    }

    /// <summary>Marks the operation changed, for a change made to one of its entries (the version guards the whole list).</summary>
    internal void Touch() => Version++;

    internal void EnsurePreparing()
    {
        if (Status != ExchangeStatus.Preparing)
        {
            throw new DomainRuleException("status", $"Exchange {Reference} is {(Status == ExchangeStatus.Executed ? "executed" : "cancelled")} and can no longer change.");
        }
    }

    private void Apply(ExchangeDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        if (draft.PartyAId == draft.PartyBId)
        {
            errors["partyB"] = ["An exchange is between two different parties."];
        }

        if (!Enum.IsDefined(draft.Terms))
        {
            errors["terms"] = ["Say what was agreed: all for all, N for N, or categories."];
        }

        if (draft.Terms == ExchangeTerms.NForN && draft.CountPerSide is null)
        {
            errors["countPerSide"] = ["N for N needs the number each side hands over."];
        }

        if (draft.CountPerSide is { } count && (count < 1 || count > MaxCountPerSide))
        {
            errors["countPerSide"] = [$"Between 1 and {MaxCountPerSide}."];
        }

        if (draft.Terms == ExchangeTerms.AllForAll && draft.CountPerSide is not null)
        {
            errors["countPerSide"] = ["All for all has no agreed number; choose N for N or categories to give one."];
        }

        var categories = (draft.Categories ?? "").Trim();
        if (draft.Terms == ExchangeTerms.Categories && categories.Length == 0)
        {
            errors["categories"] = ["Name the categories agreed, for example \"the seriously wounded and sick\"."];
        }

        if (categories.Length > CategoriesLength)
        {
            errors["categories"] = [$"At most {CategoriesLength} characters."];
        }

        var termsNote = (draft.TermsNote ?? "").Trim();
        if (termsNote.Length > NoteLength)
        {
            errors["termsNote"] = [$"At most {NoteLength} characters."];
        }

        var place = (draft.Place ?? "").Trim();
        if (place.Length > PlaceLength)
        {
            errors["place"] = [$"At most {PlaceLength} characters."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        PartyAId = draft.PartyAId;
        PartyBId = draft.PartyBId;
        Terms = draft.Terms;
        CountPerSide = draft.CountPerSide;
        Categories = categories;
        TermsNote = termsNote;
        PlannedDate = draft.PlannedDate;
        Place = place;
    }
}

/// <summary>What the handover record says of one entry.</summary>
public sealed record HandoverDecision(ExchangeEntryId EntryId, bool HandedOver, NotHandedOverReason Reason = NotHandedOverReason.None, string? Note = null);
