namespace Kinlink.Data.Transmissions;

/// <summary>What one party has not acknowledged yet, and how long the oldest of it has waited.</summary>
public sealed record TransmissionBacklog(string PartyCode, string PartyName, int Unacknowledged, DateTimeOffset? OldestTransmittedAt, TimeSpan? OldestWaiting);
