using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// The rules of a person's timeline. Events are replayed in date order whatever order they were entered
/// in, so a transfer reported after a later release still lands in the right place. An event that the
/// state before it makes impossible (a transfer after death) is refused unless it is a correction.
/// </summary>
public static class Timeline
{
    /// <summary>Date order; on the same date, the natural order of kinds; then order of entry.</summary>
    public static IReadOnlyList<StatusEvent> Ordered(IEnumerable<StatusEvent> events) =>
        events.OrderBy(e => e.Date.Earliest)
            .ThenBy(e => KindRank(e.Kind))
            .ThenBy(e => e.Sequence)
            .ToList();

    /// <summary>Replays the events; reports the first one the rules refuse, if any.</summary>
    public static (TimelineState State, TimelineViolation? Violation) Replay(IEnumerable<StatusEvent> events)
    {
        var state = TimelineState.Initial;
        PlaceId? placeBeforeHospital = null;
        TimelineViolation? firstViolation = null;
        foreach (var e in Ordered(events))
        {
            var refusal = Refusal(state, e.Kind);
            if (refusal is not null && !e.IsCorrection)
            {
                firstViolation ??= new TimelineViolation(e, refusal);
                continue;
            }

            if (e.Kind == StatusEventKind.Hospitalised && state.Status != PersonStatus.InHospital)
            {
                placeBeforeHospital = state.PlaceId;
            }

            state = Apply(state, e, placeBeforeHospital);
        }

        return (state, firstViolation);
    }

    /// <summary>Why an event of this kind cannot follow the given state, or null when it can.</summary>
    public static string? Refusal(TimelineState state, StatusEventKind kind)
    {
        ArgumentNullException.ThrowIfNull(state);
        var since = state.StatusSince is null ? "" : $" on {state.StatusSince}";
        return (state.Status, kind) switch
        {
            (PersonStatus.Dead, StatusEventKind.Died) => $"The person is already recorded as dead{since}.",
            (PersonStatus.Dead, StatusEventKind.Notified) => null,
            (PersonStatus.Dead, _) => $"The person is recorded as dead{since}: a {Describe(kind)} cannot follow. Enter it as a correction if the record of death is wrong.",
            (PersonStatus.Held or PersonStatus.InHospital, StatusEventKind.Captured) => $"The person is already held{since}: a second capture needs a release or escape first.",
            (PersonStatus.Held, StatusEventKind.Discharged) => "The person is not in hospital: there is nothing to be discharged from.",
            (PersonStatus.Unknown, StatusEventKind.Discharged) => "No admission to hospital is recorded before this discharge.",
            (PersonStatus.Released or PersonStatus.Repatriated or PersonStatus.Escaped, StatusEventKind.Captured or StatusEventKind.Notified or StatusEventKind.Died) => null,
            (PersonStatus.Released, StatusEventKind.Repatriated) => null,
            (PersonStatus.Released or PersonStatus.Repatriated or PersonStatus.Escaped, _) =>
                $"The person is recorded as {StatusWord(state.Status)}{since}: a {Describe(kind)} needs a new capture first.",
            (PersonStatus.Unknown or PersonStatus.Held or PersonStatus.InHospital, _) => null,
        };
    }

    private static TimelineState Apply(TimelineState state, StatusEvent e, PlaceId? placeBeforeHospital)
    {
        var place = e.PlaceId ?? state.PlaceId;
        return e.Kind switch
        {
            StatusEventKind.Captured or StatusEventKind.Registered =>
                state with { Status = PersonStatus.Held, PlaceId = e.PlaceId, StatusSince = e.Date, SeriouslyIllOrWounded = false, LastHealthNews = null },
            StatusEventKind.Notified => state.IsDeprivedOfLiberty || state.Status == PersonStatus.Unknown
                ? state with { Status = state.Status == PersonStatus.Unknown ? PersonStatus.Held : state.Status, PlaceId = place, StatusSince = state.StatusSince ?? e.Date }
                : state,
            StatusEventKind.Transferred =>
                state with { Status = PersonStatus.Held, PlaceId = e.PlaceId, StatusSince = e.Date },
            StatusEventKind.Hospitalised =>
                state with { Status = PersonStatus.InHospital, PlaceId = place, StatusSince = e.Date, SeriouslyIllOrWounded = e.SeriouslyIllOrWounded, LastHealthNews = e.Date },
            StatusEventKind.Discharged =>
                state with { Status = PersonStatus.Held, PlaceId = e.PlaceId ?? placeBeforeHospital, StatusSince = e.Date, SeriouslyIllOrWounded = e.SeriouslyIllOrWounded, LastHealthNews = e.Date },
            StatusEventKind.HealthNews =>
                state with { Status = state.Status == PersonStatus.Unknown ? PersonStatus.Held : state.Status, SeriouslyIllOrWounded = e.SeriouslyIllOrWounded, LastHealthNews = e.Date, PlaceId = place },
            StatusEventKind.Released => Ended(PersonStatus.Released, e.Date),
            StatusEventKind.Repatriated => Ended(PersonStatus.Repatriated, e.Date),
            StatusEventKind.Escaped => Ended(PersonStatus.Escaped, e.Date),
            StatusEventKind.Died => Ended(PersonStatus.Dead, e.Date),
        };
    }

    private static TimelineState Ended(PersonStatus status, PartialDate date) => new(status, null, date, false, null);

    private static int KindRank(StatusEventKind kind) => kind switch
    {
        StatusEventKind.Captured => 0,
        StatusEventKind.Notified => 1,
        StatusEventKind.Registered => 2,
        StatusEventKind.Transferred => 3,
        StatusEventKind.Hospitalised => 4,
        StatusEventKind.HealthNews => 5,
        StatusEventKind.Discharged => 6,
        StatusEventKind.Escaped => 7,
        StatusEventKind.Released => 8,
        StatusEventKind.Repatriated => 9,
        StatusEventKind.Died => 10,
    };

    private static string Describe(StatusEventKind kind) => kind switch
    {
        StatusEventKind.Captured => "capture",
        StatusEventKind.Notified => "notification",
        StatusEventKind.Registered => "registration",
        StatusEventKind.Transferred => "transfer",
        StatusEventKind.Hospitalised => "admission to hospital",
        StatusEventKind.Discharged => "discharge from hospital",
        StatusEventKind.HealthNews => "health report",
        StatusEventKind.Released => "release",
        StatusEventKind.Repatriated => "repatriation",
        StatusEventKind.Escaped => "escape",
        StatusEventKind.Died => "death",
    };

    private static string StatusWord(PersonStatus status) => status switch
    {
        PersonStatus.Unknown => "of unknown status",
        PersonStatus.Held => "held",
        PersonStatus.InHospital => "in hospital",
        PersonStatus.Released => "released",
        PersonStatus.Repatriated => "repatriated",
        PersonStatus.Escaped => "escaped",
        PersonStatus.Dead => "dead",
    };
}
