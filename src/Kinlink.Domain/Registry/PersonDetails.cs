using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// Identity and contact particulars (GC III art. 17 and 122). Only the surname is required: a person who
/// cannot state their identity is still registered, and the rest is filled in as sources arrive.
/// </summary>
public sealed record PersonDetails(
    PersonCategory Category,
    PersonNameParts Name,
    Sex Sex = Sex.Unknown,
    PartialDate? DateOfBirth = null,
    string? PlaceOfBirth = null,
    string? Rank = null,
    string? ServiceNumber = null,
    PartyId? DependsOnPartyId = null,
    string? FatherName = null,
    string? MotherMaidenName = null,
    string? InformName = null,
    string? InformAddress = null,
    string? CorrespondenceAddress = null,
    string? Languages = null);
