using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// The person sought, with the registry's identity fields so that the enquiry can later be matched against it. The name
/// is null when it could not be read (the reader reports why).
/// </summary>
public sealed record SoughtPersonDraft(
    PersonNameParts? Name,
    Sex Sex = Sex.Unknown,
    PartialDate? DateOfBirth = null,
    ApproximateAge? ApproximateAge = null,
    string? PlaceOfBirth = null,
    string? MilitaryUnit = null,
    string? ServiceNumber = null,
    PartyId? DependsOnPartyId = null);
