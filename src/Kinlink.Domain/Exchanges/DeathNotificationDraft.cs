using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// The particulars of a notification of death (GC III art. 120(2), Annex IV D) beyond the identity, which comes from
/// the registry: date, place and cause of death, burial and grave, cremation and why, the responsible authority.
/// </summary>
public sealed record DeathNotificationDraft(
    PartialDate DateOfDeath,
    string? PlaceOfDeath,
    string? CauseOfDeath,
    string? Circumstances,
    PartialDate? DateOfBurial,
    string? PlaceOfBurial,
    string? GraveIdentification,
    bool GraveMarked,
    bool Cremated,
    string? CremationReason,
    bool OfficialEnquiryRequired,
    string? ResponsibleAuthority,
    string? Witnesses);
