using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Visits;

/// <summary>When a delegate last saw a person: the one definition the worklist, coverage and the visit sheet share.</summary>
public static class VisitQueries
{
    /// <summary>Per person ever seen by a delegate, the last day of the last visit on which they were seen.</summary>
    public static IQueryable<PersonLastSeen> LastSeen(KinlinkDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from visitPerson in db.VisitPersons
               where visitPerson.Seen
               join visit in db.Visits on visitPerson.VisitId equals visit.Id
               group visit.EndedOn by visitPerson.PersonId into seen
               select new PersonLastSeen { PersonId = seen.Key, LastSeenOn = seen.Max() };
    }

    /// <summary>The statuses in which a person is deprived of liberty and should be visited.</summary>
    public static IReadOnlyList<PersonStatus> HeldStatuses { get; } = [PersonStatus.Held, PersonStatus.InHospital];
}

/// <summary>
/// A person and the last day a delegate saw them. Set by member initialisation, not a constructor, so a query can go on
/// from <see cref="VisitQueries.LastSeen"/> (join, filter, group) and still be translated to SQL.
/// </summary>
public sealed record PersonLastSeen
{
    public PersonId PersonId { get; init; }

    public DateOnly LastSeenOn { get; init; }
}
