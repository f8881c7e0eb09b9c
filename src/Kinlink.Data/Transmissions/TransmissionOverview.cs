using Kinlink.Data.Registry;

namespace Kinlink.Data.Transmissions;

/// <summary>The intermediary's view: each party's backlog, and one page of the unacknowledged transmissions, longest waiting first.</summary>
public sealed record TransmissionOverview(IReadOnlyList<TransmissionBacklog> Parties, PagedResult<TransmissionItem> Unacknowledged);
