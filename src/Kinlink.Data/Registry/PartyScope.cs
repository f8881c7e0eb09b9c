using System.Linq.Expressions;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Which persons an account may see, how much of them, and which it may change. The intermediary's staff see and
/// change everyone (their roles limit what they do). A party's officers see in full the persons their party holds or
/// has held or itself registered (by hand or in a list it sent); they see their own nationals held only by the other
/// side in notification form (art. 122-123: the detaining party's notifications about them are passed on, nothing
/// more); they never see anyone else the other side holds, such as third-country nationals. They change only the
/// persons their party holds now or registered itself. Every person query of the services goes through here, so
/// lists, pages, exports, counts and API answers obey one rule.
/// </summary>
public static class PartyScope
{
    public static async Task<IQueryable<Person>> VisibleToAsync(this IQueryable<Person> persons, KinlinkDbContext db, Actor actor, CancellationToken cancellationToken) =>
        await RestrictAsync(persons, db, actor, party => Or(KnownTo(db, party), NationalOf(party)), cancellationToken);

    /// <summary>The persons the actor sees in full rather than in notification form.</summary>
    public static async Task<IQueryable<Person>> FullyVisibleToAsync(this IQueryable<Person> persons, KinlinkDbContext db, Actor actor, CancellationToken cancellationToken) =>
        await RestrictAsync(persons, db, actor, party => KnownTo(db, party), cancellationToken);

    /// <summary>The persons the actor may edit and record events for (its roles permitting).</summary>
    public static async Task<IQueryable<Person>> ChangeableByAsync(this IQueryable<Person> persons, KinlinkDbContext db, Actor actor, CancellationToken cancellationToken) =>
        await RestrictAsync(persons, db, actor, party => HeldNowOrRegisteredBy(db, party), cancellationToken);

    /// <summary>How much of each of the given persons the actor may see and whether it may change them; persons it may not see are left out.</summary>
    public static async Task<IReadOnlyDictionary<PersonId, PersonReach>> ReachOfAsync(KinlinkDbContext db, Actor actor, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(actor);
        var reach = new Dictionary<PersonId, PersonReach>();
        if (actor.IsIntermediary)
        {
            foreach (var id in ids)
            {
                reach[id] = new PersonReach(PersonAccess.Full, CanChange: true);
            }

            return reach;
        }

        // The party is looked up once; each chunk then asks the three rules directly.
        if (await PartyOfAsync(db, actor, cancellationToken) is not { } party)
        {
            return reach;
        }

        foreach (var chunk in ids.Distinct().Chunk(1000))
        {
            var persons = db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id));
            var visible = await persons.Where(Or(KnownTo(db, party), NationalOf(party))).Select(p => p.Id).ToListAsync(cancellationToken);
            var full = (await persons.Where(KnownTo(db, party)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            var changeable = (await persons.Where(HeldNowOrRegisteredBy(db, party)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var id in visible)
            {
                reach[id] = new PersonReach(full.Contains(id) ? PersonAccess.Full : PersonAccess.NotificationOnly, changeable.Contains(id));
            }
        }

        return reach;
    }

    /// <summary>The conflict party an account belongs to; null for the intermediary's staff.</summary>
    internal static async Task<PartyId?> PartyOfAsync(KinlinkDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsIntermediary)
        {
            return null;
        }

        var code = actor.PartyCode!.Trim().ToUpperInvariant();
        return await db.Parties.AsNoTracking()
            .Where(p => p.Code == code && p.Kind == PartyKind.ConflictParty)
            .Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task<IQueryable<Person>> RestrictAsync(IQueryable<Person> persons, KinlinkDbContext db, Actor actor, Func<PartyId, Expression<Func<Person, bool>>> rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsIntermediary)
        {
            return persons;
        }

        // An account of a party the registry does not know sees nothing rather than everything.
        return await PartyOfAsync(db, actor, cancellationToken) is { } party ? persons.Where(rule(party)) : persons.Where(p => false);
    }

    private static Expression<Func<Person, bool>> HeldNowOrRegisteredBy(KinlinkDbContext db, PartyId party) => p =>
        p.RegisteredByPartyId == party
        || db.Places.Any(place => place.Id == p.CurrentPlaceId && place.HoldingPartyId == party);

    private static Expression<Func<Person, bool>> HeldBeforeBy(KinlinkDbContext db, PartyId party) => p =>
        db.StatusEvents.Any(e => e.PersonId == p.Id
            && db.Places.Any(place => (place.Id == e.PlaceId || place.Id == e.FromPlaceId) && place.HoldingPartyId == party));

    private static Expression<Func<Person, bool>> KnownTo(KinlinkDbContext db, PartyId party) => Or(HeldNowOrRegisteredBy(db, party), HeldBeforeBy(db, party));

    private static Expression<Func<Person, bool>> NationalOf(PartyId party) => p => p.DependsOnPartyId == party;

    private static Expression<Func<Person, bool>> Or(Expression<Func<Person, bool>> left, Expression<Func<Person, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ParameterSwap(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Person, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
