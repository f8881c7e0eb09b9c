using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>A person the worklist selects: where they are held, why they are selected, and when a delegate last saw them (null: never).</summary>
public sealed record VisitWorklistEntry(
    PersonId PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin,
    string PlaceCode, string PlaceName, IReadOnlyList<VisitPersonReason> Reasons, DateOnly? LastSeenOn);
