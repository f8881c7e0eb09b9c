using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// A prisoner of war or civilian internee. Identity is kept with every spelling each source used;
/// the current status and place are derived from the timeline and stored only so lists can filter on them.
/// </summary>
public sealed class Person
{
    private readonly List<PersonNameForm> _nameForms = [];
    private readonly List<StatusEvent> _events = [];

    private Person()
    {
    }

    public PersonId Id { get; private set; }

    public IntermediaryReference Reference { get; private set; } = null!;

    public PersonCategory Category { get; private set; }

    public string Surname { get; private set; } = "";

    public string GivenName { get; private set; } = "";

    public string Patronymic { get; private set; } = "";

    public Sex Sex { get; private set; }

    public PartialDate? DateOfBirth { get; private set; }

    public string PlaceOfBirth { get; private set; } = "";

    public string Rank { get; private set; } = "";

    /// <summary>Army, regimental, personal or serial number, upper-cased without spaces.</summary>
    public string? ServiceNumber { get; private set; }

    /// <summary>The party the person depends on (whose forces or nationals they are).</summary>
    public PartyId? DependsOnPartyId { get; private set; }

    public string FatherName { get; private set; } = "";

    public string MotherMaidenName { get; private set; } = "";

    public string InformName { get; private set; } = "";

    public string InformAddress { get; private set; } = "";

    public string CorrespondenceAddress { get; private set; } = "";

    public string Languages { get; private set; } = "";

    /// <summary>The party whose officer or list first registered the person: that party knows of them already, so it may see them.</summary>
    public PartyId? RegisteredByPartyId { get; private set; }

    public PersonStatus CurrentStatus { get; private set; }

    public PlaceId? CurrentPlaceId { get; private set; }

    public PartialDate? StatusSince { get; private set; }

    public bool SeriouslyIllOrWounded { get; private set; }

    public PartialDate? LastHealthNews { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Set when this record was found to be the same person as another and merged into it: the record stays as a
    /// tombstone so that its reference, already given to families and parties, still leads to the person.
    /// </summary>
    public PersonId? MergedIntoId { get; private set; }

    public bool IsMerged => MergedIntoId is not null;

    public int Version { get; private set; }

    public IReadOnlyList<PersonNameForm> NameForms => _nameForms;

    public IReadOnlyList<StatusEvent> Events => _events;

    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));

    public static Person Register(PersonDetails details, IntermediaryReference reference, NameScriptKind script, SourceListId? sourceListId, string sourceLabel, DateTimeOffset now, PartyId? registeredByPartyId = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(reference);
        var person = new Person { Id = PersonId.New(), Reference = reference, CreatedAt = now, RegisteredByPartyId = registeredByPartyId };
        person.ApplyDetails(details, overwriteWithEmpty: true);
        person.AddNameForm(details.Name, script, sourceListId, sourceLabel, now);
        return person;
    }

    /// <summary>An edit by a user: every field takes the value given, empty or not.</summary>
    public void Edit(PersonDetails details, NameScriptKind script, DateTimeOffset now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureLive();
        ApplyDetails(details, overwriteWithEmpty: true);
        AddNameForm(details.Name, script, null, $"edited by {actor.UserName}", now);
    }

    /// <summary>
    /// A further source about a known person: fields it gives replace the stored ones, fields it leaves
    /// empty are kept, and its spelling of the name is kept as one more name form.
    /// </summary>
    /// <returns>True when anything changed.</returns>
    public bool MergeFrom(PersonDetails details, NameScriptKind script, SourceListId? sourceListId, string sourceLabel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureLive();
        var before = Snapshot();
        ApplyDetails(details, overwriteWithEmpty: false);
        var addedForm = AddNameForm(details.Name, script, sourceListId, sourceLabel, now);
        return addedForm || before != Snapshot();
    }

    /// <summary>Records an event, refusing it when the timeline rules make it impossible (unless it is a correction).</summary>
    /// <returns>The new event, or null when the same event is already recorded.</returns>
    public StatusEvent? RecordEvent(StatusEventDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureLive();
        if (draft.Date.Earliest > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            throw new DomainRuleException("event_date", $"The date {draft.Date} is in the future.");
        }

        if (draft.Kind == StatusEventKind.Transferred && draft.PlaceId is null)
        {
            throw new ValidationFailedException("place", "A transfer needs the place the person was transferred to.");
        }

        if (!draft.IsCorrection && _events.Any(e => e.Repeats(draft)))
        {
            return null;
        }

        var candidate = StatusEvent.Create(Id, draft, NextSequence(), actor, now);
        var (_, violationBefore) = Timeline.Replay(_events);
        var (state, violationAfter) = Timeline.Replay(_events.Append(candidate));
        if (violationAfter is not null && violationAfter != violationBefore)
        {
            var reason = violationAfter.Event == candidate
                ? violationAfter.Reason
                : $"It would make the {violationAfter.Event.Kind.ToString().ToLowerInvariant()} of {violationAfter.Event.Date} impossible: {violationAfter.Reason}";
            throw new DomainRuleException("event", reason);
        }

        _events.Add(candidate);
        ApplyState(state);
        return candidate;
    }

    /// <summary>Recomputes the stored current state from the events (after loading, or when rules change).</summary>
    public void RefreshState() => ApplyState(Timeline.Replay(_events).State);

    public TimelineState State => new(CurrentStatus, CurrentPlaceId, StatusSince, SeriouslyIllOrWounded, LastHealthNews);

    /// <summary>Art. 122: when the next weekly health news is owed for a seriously ill or wounded person still held.</summary>
    public DateOnly? HealthNewsDueOn() =>
        SeriouslyIllOrWounded && State.IsDeprivedOfLiberty && LastHealthNews is not null
            ? LastHealthNews.Latest.AddDays(7)
            : null;

    /// <summary>The single-valued fields a merge compares, by their import column names.</summary>
    internal static IReadOnlyList<string> MergeableFields { get; } =
    [
        "category", "sex", "date_of_birth", "place_of_birth", "rank", "service_number", "depends_on", "registered_by",
        "father_name", "mother_maiden_name", "inform_name", "inform_address", "correspondence_address", "languages",
    ];

    /// <summary>A field's value as text, null when the record has none (an unknown sex counts as none).</summary>
    internal string? MergeValue(string field) => field switch
    {
        "category" => Category.ToString(),
        "sex" => Sex == Sex.Unknown ? null : Sex.ToString(),
        "date_of_birth" => DateOfBirth?.ToString(),
        "place_of_birth" => NullIfEmpty(PlaceOfBirth),
        "rank" => NullIfEmpty(Rank),
        "service_number" => ServiceNumber,
        "depends_on" => DependsOnPartyId?.Value.ToString(),
        "registered_by" => RegisteredByPartyId?.Value.ToString(),
        "father_name" => NullIfEmpty(FatherName),
        "mother_maiden_name" => NullIfEmpty(MotherMaidenName),
        "inform_name" => NullIfEmpty(InformName),
        "inform_address" => NullIfEmpty(InformAddress),
        "correspondence_address" => NullIfEmpty(CorrespondenceAddress),
        "languages" => NullIfEmpty(Languages),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field a merge compares."),
    };

    internal void SetMergeValue(string field, string? value)
    {
        switch (field)
        {
            case "category": Category = Enum.Parse<PersonCategory>(value!); break;
            case "sex": Sex = value is null ? Sex.Unknown : Enum.Parse<Sex>(value); break;
            case "date_of_birth": DateOfBirth = value is null ? null : PartialDate.Parse(value); break;
            case "place_of_birth": PlaceOfBirth = value ?? ""; break;
            case "rank": Rank = value ?? ""; break;
            case "service_number": ServiceNumber = value; break;
            case "depends_on": DependsOnPartyId = value is null ? null : new PartyId(Guid.Parse(value)); break;
            case "registered_by": RegisteredByPartyId = value is null ? null : new PartyId(Guid.Parse(value)); break;
            case "father_name": FatherName = value ?? ""; break;
            case "mother_maiden_name": MotherMaidenName = value ?? ""; break;
            case "inform_name": InformName = value ?? ""; break;
            case "inform_address": InformAddress = value ?? ""; break;
            case "correspondence_address": CorrespondenceAddress = value ?? ""; break;
            case "languages": Languages = value ?? ""; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field a merge compares.");
        }
    }

    internal void AdoptNameForm(PersonNameForm form)
    {
        form.MoveTo(Id);
        _nameForms.Add(form);
    }

    internal PersonNameForm GiveUpNameForm(Guid formId)
    {
        var form = _nameForms.SingleOrDefault(f => f.Id.Value == formId)
            ?? throw new ConflictException($"The name form {formId} is no longer on {Reference}: the merge cannot be undone exactly.");
        _nameForms.Remove(form);
        return form;
    }

    internal void AdoptEvent(StatusEvent statusEvent)
    {
        statusEvent.MoveTo(Id);
        _events.Add(statusEvent);
    }

    internal StatusEvent GiveUpEvent(Guid eventId)
    {
        var statusEvent = _events.SingleOrDefault(e => e.Id.Value == eventId)
            ?? throw new ConflictException($"The event {eventId} is no longer on {Reference}: the merge cannot be undone exactly.");
        _events.Remove(statusEvent);
        return statusEvent;
    }

    internal void MarkMergedInto(PersonId survivor) => MergedIntoId = survivor;

    internal void Revive() => MergedIntoId = null;

    /// <summary>A tombstone takes no news: it would be lost from the person it was merged into.</summary>
    private void EnsureLive()
    {
        if (IsMerged)
        {
            throw new DomainRuleException("intermediary_ref", $"{Reference} was merged into another person's record: use that record's reference.");
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private long NextSequence() => _events.Count == 0 ? 1 : _events.Max(e => e.Sequence) + 1;

    private void ApplyState(TimelineState state)
    {
        CurrentStatus = state.Status;
        CurrentPlaceId = state.PlaceId;
        StatusSince = state.StatusSince;
        SeriouslyIllOrWounded = state.SeriouslyIllOrWounded;
        LastHealthNews = state.LastHealthNews;
    }

    private bool AddNameForm(PersonNameParts name, NameScriptKind script, SourceListId? sourceListId, string sourceLabel, DateTimeOffset now)
    {
        if (_nameForms.Any(f => f.IsSameSpelling(name)))
        {
            return false;
        }

        _nameForms.Add(PersonNameForm.Create(Id, name, script, sourceListId, sourceLabel, now));
        return true;
    }

    private void ApplyDetails(PersonDetails d, bool overwriteWithEmpty)
    {
        string Pick(string current, string? given) =>
            !string.IsNullOrWhiteSpace(given) ? given.Trim() : overwriteWithEmpty ? "" : current;

        var serviceNumber = NormaliseServiceNumber(d.ServiceNumber);
        if (serviceNumber is { Length: > 40 })
        {
            throw new ValidationFailedException("service_number", "A service number is at most 40 characters.");
        }

        if (overwriteWithEmpty)
        {
            Surname = d.Name.Surname;
            GivenName = d.Name.GivenName;
            Patronymic = d.Name.Patronymic;
            Category = d.Category;
            Sex = d.Sex;
            DateOfBirth = d.DateOfBirth;
            ServiceNumber = serviceNumber;
            DependsOnPartyId = d.DependsOnPartyId;
        }
        else
        {
            Category = d.Category;
            Sex = d.Sex == Sex.Unknown ? Sex : d.Sex;
            DateOfBirth = MorePrecise(DateOfBirth, d.DateOfBirth);
            ServiceNumber = serviceNumber ?? ServiceNumber;
            DependsOnPartyId = d.DependsOnPartyId ?? DependsOnPartyId;
        }

        PlaceOfBirth = Pick(PlaceOfBirth, d.PlaceOfBirth);
        Rank = Pick(Rank, d.Rank);
        FatherName = Pick(FatherName, d.FatherName);
        MotherMaidenName = Pick(MotherMaidenName, d.MotherMaidenName);
        InformName = Pick(InformName, d.InformName);
        InformAddress = Pick(InformAddress, d.InformAddress);
        CorrespondenceAddress = Pick(CorrespondenceAddress, d.CorrespondenceAddress);
        Languages = Pick(Languages, d.Languages);
    }

    /// <summary>A source that knows the day beats one that knows only the year.</summary>
    private static PartialDate? MorePrecise(PartialDate? current, PartialDate? given) =>
        given is null ? current
        : current is null ? given
        : given.Precision >= current.Precision ? given : current;

    public static string? NormaliseServiceNumber(string? serviceNumber)
    {
        if (string.IsNullOrWhiteSpace(serviceNumber))
        {
            return null;
        }

        return string.Concat(serviceNumber.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }

    private string Snapshot() => string.Join('|', Category, Sex, DateOfBirth, ServiceNumber, DependsOnPartyId, PlaceOfBirth, Rank, FatherName, MotherMaidenName, InformName, InformAddress, CorrespondenceAddress, Languages);
}
