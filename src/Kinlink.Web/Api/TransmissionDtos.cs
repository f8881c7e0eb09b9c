using Kinlink.Data.Registry;
using Kinlink.Data.Transmissions;

namespace Kinlink.Web.Api;

// The JSON shapes of the transmissions API. A waiting time is in whole seconds, so a client can show it in any unit.
public sealed record TransmissionDto(
    Guid Id, string Party, string Subject, DateTimeOffset TransmittedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy,
    Guid PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin, string? DateOfBirth,
    string? ServiceNumber, string? Event, string? EventDate, string? Place, string? PlaceName, long? WaitingSeconds);

public sealed record AcknowledgeRequest(IReadOnlyList<Guid>? Ids);

public sealed record AcknowledgedDto(int Acknowledged);

public sealed record TransmissionBacklogDto(string Party, string Name, int Unacknowledged, DateTimeOffset? OldestTransmittedAt, long? OldestWaitingSeconds);

public sealed record TransmissionOverviewDto(IReadOnlyList<TransmissionBacklogDto> Parties, PagedResponse<TransmissionDto> Unacknowledged);

internal static class TransmissionDtoMapping
{
    public static string Code(this TransmissionSubject subject) => subject switch
    {
        TransmissionSubject.Registration => "registration",
        TransmissionSubject.Event => "event",
    };

    public static TransmissionDto ToDto(this TransmissionItem t) => new(
        t.Id.Value, t.RecipientPartyCode, t.Subject.Code(), t.TransmittedAt, t.AcknowledgedAt, t.AcknowledgedBy,
        t.PersonId.Value, t.Reference, t.Surname, t.GivenName, t.Patronymic, t.NameLatin, t.DateOfBirth, t.ServiceNumber,
        t.EventKind is { } kind ? RegistryCodes.Of(kind) : null, t.EventDate, t.PlaceCode, t.PlaceName, Seconds(t.Waiting));

    public static TransmissionOverviewDto ToDto(this TransmissionOverview o) => new(
        o.Parties.Select(p => new TransmissionBacklogDto(p.PartyCode, p.PartyName, p.Unacknowledged, p.OldestTransmittedAt, Seconds(p.OldestWaiting))).ToList(),
        o.Unacknowledged.Map(t => t.ToDto()));

    private static long? Seconds(TimeSpan? waiting) => waiting is { } w ? (long)Math.Max(0, w.TotalSeconds) : null;
}
