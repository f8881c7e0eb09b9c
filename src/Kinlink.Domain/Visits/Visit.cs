using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>
/// A visit by the intermediary's delegates to a place of detention: who went, when, the access granted, and per
/// person whether they were seen. Findings and recommendations are confidential (domain.md R-G5, R-H1): they are
/// stored sealed (<see cref="SealedFindings"/>, <see cref="SealedRecommendations"/>) and only the data layer opens them.
/// </summary>
public sealed class Visit
{
    public const int DelegatesLength = 500;
    public const int NotesLength = 2000;

    /// <summary>The longest findings or recommendations text a delegate may write.</summary>
    public const int FindingsLength = 20000;

    private readonly List<VisitPerson> _persons = [];

    private Visit()
    {
    }

    public VisitId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PlaceId PlaceId { get; private set; }

    /// <summary>The party holding the place at the time of the visit.</summary>
    public PartyId DetainingPartyId { get; private set; }

    public VisitRequestId? VisitRequestId { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly EndedOn { get; private set; }

    /// <summary>The delegates' names (and interpreters'), separated by "; ".</summary>
    public string Delegates { get; private set; } = "";

    public bool AllPlacesSeen { get; private set; }

    public bool PrivateInterviewsAllowed { get; private set; }

    public bool DetaineeListProvided { get; private set; }

    public string AccessNotes { get; private set; } = "";

    public string? SealedFindings { get; private set; }

    public string? SealedRecommendations { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public int Version { get; private set; }

    public IReadOnlyList<VisitPerson> Persons => _persons;

    public IReadOnlyList<string> DelegateNames => Delegates.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Visit Create(VisitDraft draft, PartyId detainingPartyId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var visit = new Visit
        {
            Id = VisitId.New(),
            Reference = VisitReference.NewVisitReference(),
            DetainingPartyId = detainingPartyId,
            RecordedAt = at,
            RecordedBy = actor.UserName,
        };
        visit.Apply(draft, at);
        return visit;
    }

    /// <summary>Corrects what was recorded about the visit itself (not its persons).</summary>
    public void Update(VisitDraft draft, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.PlaceId != PlaceId)
        {
            throw new ValidationFailedException("placeId", "A visit's place cannot change; record another visit.");
        }

        Apply(draft, at);
    }

    private void Apply(VisitDraft draft, DateTimeOffset at)
    {
        var errors = new Dictionary<string, string[]>();
        var delegates = (draft.Delegates ?? []).Select(d => (d ?? "").Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var joined = string.Join("; ", delegates);
        if (delegates.Count == 0)
        {
            errors["delegates"] = ["Name the delegates who made the visit."];
        }
        else if (joined.Length > DelegatesLength || delegates.Any(d => d.Contains(';', StringComparison.Ordinal)))
        {
            errors["delegates"] = [$"The delegates' names are at most {DelegatesLength} characters together, without semicolons."];
        }

        if (draft.EndedOn < draft.StartedOn)
        {
            errors["endedOn"] = ["The visit ends before it starts."];
        }

        if (draft.StartedOn > DateOnly.FromDateTime(at.UtcDateTime))
        {
            errors["startedOn"] = ["A visit is recorded once it has started; this date is in the future."];
        }

        var notes = (draft.AccessNotes ?? "").Trim();
        if (notes.Length > NotesLength)
        {
            errors["accessNotes"] = [$"At most {NotesLength} characters."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        PlaceId = draft.PlaceId;
        VisitRequestId = draft.VisitRequestId;
        StartedOn = draft.StartedOn;
        EndedOn = draft.EndedOn;
        Delegates = joined;
        AllPlacesSeen = draft.AllPlacesSeen;
        PrivateInterviewsAllowed = draft.PrivateInterviewsAllowed;
        DetaineeListProvided = draft.DetaineeListProvided;
        AccessNotes = notes;
    }

    /// <summary>Records (or corrects) what was seen of one person; a private interview needs the place to have allowed them.</summary>
    public VisitPerson RecordPerson(VisitPersonDraft draft, bool registeredDuringVisit = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        VisitPerson.Validate(draft, "person", errors);
        if (draft.PrivateInterview && !PrivateInterviewsAllowed)
        {
            errors["person.privateInterview"] = ["The authority did not allow private interviews on this visit."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var existing = _persons.FirstOrDefault(p => p.PersonId == draft.PersonId);
        if (existing is not null)
        {
            existing.Apply(draft);
            return existing;
        }

        var person = VisitPerson.Create(Id, draft, registeredDuringVisit);
        _persons.Add(person);
        return person;
    }

    /// <summary>Stores findings and recommendations, already sealed by the data layer (null removes them).</summary>
    public void SetSealedFindings(string? sealedFindings, string? sealedRecommendations)
    {
        SealedFindings = sealedFindings;
        SealedRecommendations = sealedRecommendations;
    }
}
