using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// One row of the rerouting worklist's query. Set by member initialisation, so the union of messages and parcels is
/// translated to one SQL query.
/// </summary>
internal sealed record MailRoutingRow
{
    public string Reference { get; init; } = "";

    public string Kind { get; init; } = "";

    public PersonId PersonId { get; init; }

    public MailStatus Status { get; init; }

    public PlaceId? RoutedPlaceId { get; init; }

    public PlaceId CurrentPlaceId { get; init; }

    public MailBatchId? BatchId { get; init; }
}
