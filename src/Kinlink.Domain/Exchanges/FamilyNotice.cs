using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// That the family behind an open enquiry was told of the outcome for its person (handed over in an exchange,
/// repatriated, released, dead), one per enquiry and timeline event. The families' worklist is every open enquiry
/// whose person has such an event with no notice yet; the event exists only once the handover (or death) has been
/// recorded, so nobody is told beforehand.
/// </summary>
public sealed class FamilyNotice
{
    private FamilyNotice()
    {
    }

    public FamilyNoticeId Id { get; private set; }

    public EnquiryId EnquiryId { get; private set; }

    public PersonId PersonId { get; private set; }

    /// <summary>The timeline event the family was told of.</summary>
    public StatusEventId StatusEventId { get; private set; }

    public StatusEventKind OutcomeKind { get; private set; }

    public ContactChannel Channel { get; private set; }

    public DateTimeOffset InformedAt { get; private set; }

    public string InformedBy { get; private set; } = "";

    public static FamilyNotice Record(EnquiryId enquiryId, PersonId personId, StatusEventId statusEventId, StatusEventKind outcomeKind, ContactChannel channel, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (outcomeKind is not (StatusEventKind.Released or StatusEventKind.Repatriated or StatusEventKind.Died))
        {
            throw new DomainRuleException("event", "Families are informed of a release, a repatriation or a death.");
        }

        if (!Enum.IsDefined(channel))
        {
            throw new ValidationFailedException("channel", "Say how the family was told.");
        }

        return new FamilyNotice
        {
            Id = FamilyNoticeId.New(),
            EnquiryId = enquiryId,
            PersonId = personId,
            StatusEventId = statusEventId,
            OutcomeKind = outcomeKind,
            Channel = channel,
            InformedAt = at,
            InformedBy = actor.UserName,
        };
    }
}
