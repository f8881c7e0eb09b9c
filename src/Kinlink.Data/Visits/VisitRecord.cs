using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>
/// A visit as shown: where, who went, access, its persons (recorded and expected) and its follow-up actions. The
/// sealed findings stay sealed here: <see cref="HasFindings"/> says whether there are any; they are read through
/// <see cref="VisitService.ReadFindingsAsync"/> by those with need to know.
/// </summary>
public sealed record VisitRecord(
    Visit Visit, string PlaceCode, string PlaceName, string DetainingPartyCode, string? RequestReference,
    IReadOnlyList<VisitPersonView> Persons, IReadOnlyList<VisitFollowUpView> FollowUps)
{
    public bool HasFindings => Visit.SealedFindings is not null || Visit.SealedRecommendations is not null;
}
