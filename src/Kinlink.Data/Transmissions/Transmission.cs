using Kinlink.Domain.Common;

namespace Kinlink.Data.Transmissions;

/// <summary>
/// A notification about a party's national passed on to that party, the power of origin (GC III art. 122-123):
/// what it was about, when Kinlink recorded it, and when and by whom the party acknowledged it.
/// </summary>
public sealed class Transmission
{
    private Transmission()
    {
    }

    public TransmissionId Id { get; private set; }

    public PartyId RecipientPartyId { get; private set; }

    public PersonId PersonId { get; private set; }

    public TransmissionSubject Subject { get; private set; }

    /// <summary>The event notified; for a registration, the latest event that came with it, if any.</summary>
    public StatusEventId? StatusEventId { get; private set; }

    public DateTimeOffset TransmittedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    public static Transmission Create(PartyId recipient, PersonId person, TransmissionSubject subject, StatusEventId? statusEvent, DateTimeOffset transmittedAt) => new()
    {
        Id = TransmissionId.At(transmittedAt),
        RecipientPartyId = recipient,
        PersonId = person,
        Subject = subject,
        StatusEventId = statusEvent,
        TransmittedAt = transmittedAt,
    };

    /// <summary>The first acknowledgement stands: acknowledging again changes nothing.</summary>
    /// <returns>True when this call acknowledged it.</returns>
    public bool Acknowledge(string userName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        if (IsAcknowledged)
        {
            return false;
        }

        AcknowledgedAt = now;
        AcknowledgedBy = userName.Length > 100 ? userName[..100] : userName;
        return true;
    }

    /// <summary>
    /// The party to notify of news about a person, or null for none: the party the person depends on, unless that
    /// party reported the news itself (a party is not told what it told).
    /// </summary>
    public static PartyId? RecipientFor(PartyId? dependsOn, PartyId? reportedBy) =>
        dependsOn is { } party && party != reportedBy ? party : null;
}
