using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Visits;

/// <summary>
/// The actions that come out of a visit (a medical referral, a message to deliver, a family to inform, a question to the
/// authority): each with an owner (an account), a due date and a state. Only the intermediary's staff work here.
/// </summary>
public sealed class VisitFollowUpService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, VisitService visits)
{
    public async Task<VisitFollowUpView> CreateAsync(string visitReference, VisitFollowUpInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        VisitService.EnsureIntermediary(actor);
        var visit = await visits.FindAsync(visitReference, tracking: false, cancellationToken);
        var (kind, owner, dueOn, personId) = await ReadAsync(input, visit, cancellationToken);
        var followUp = VisitFollowUp.Create(visit.Id, personId, kind, input.Description, owner, dueOn, actor, clock.GetUtcNow());
        db.VisitFollowUps.Add(followUp);
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitFollowUpCreate, $"follow-up {VisitCodes.Of(kind)} on visit {visit.Reference} for {owner}, due {dueOn:yyyy-MM-dd}", personId is { } id ? [id] : []);
        return await ViewAsync(followUp.Id, cancellationToken);
    }

    public async Task<VisitFollowUpView> UpdateAsync(Guid id, VisitFollowUpInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        VisitService.EnsureIntermediary(actor);
        var followUp = await FindAsync(id, cancellationToken);
        ExpectVersion(followUp, input.Version);
        var visit = await db.Visits.AsNoTracking().Include(v => v.Persons).SingleAsync(v => v.Id == followUp.VisitId, cancellationToken);
        var (kind, owner, dueOn, _) = await ReadAsync(input with { Person = null }, visit, cancellationToken);
        followUp.Update(kind, input.Description, owner, dueOn);
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitFollowUpUpdate, $"follow-up {followUp.Id.Value} on visit {visit.Reference}: {VisitCodes.Of(kind)} for {owner}, due {dueOn:yyyy-MM-dd}",
            followUp.PersonId is { } person ? [person] : []);
        return await ViewAsync(followUp.Id, cancellationToken);
    }

    public async Task<VisitFollowUpView> ChangeStateAsync(Guid id, VisitFollowUpStateInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        VisitService.EnsureIntermediary(actor);
        var followUp = await FindAsync(id, cancellationToken);
        ExpectVersion(followUp, input.Version);
        var state = VisitCodes.Parse<VisitFollowUpState>(input.State, VisitCodes.Of, "state", "a state of a follow-up");
        var from = followUp.State;
        followUp.ChangeState(state, input.Note, actor, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        audit.Record(actor, AuditActions.VisitFollowUpUpdate, $"follow-up {followUp.Id.Value}: {VisitCodes.Of(from)} -> {VisitCodes.Of(state)}",
            followUp.PersonId is { } person ? [person] : []);
        return await ViewAsync(followUp.Id, cancellationToken);
    }

    /// <summary>
    /// Turns a person's wishes recorded on a visit (messages to send, family to inform) into follow-up actions for
    /// <paramref name="owner"/>, one per wish; a wish already turned into an action on this visit is not turned again.
    /// </summary>
    public async Task<IReadOnlyList<VisitFollowUpView>> FromWishesAsync(string visitReference, string person, string? owner, string? dueOn, Actor actor, CancellationToken cancellationToken = default)
    {
        VisitService.EnsureIntermediary(actor);
        var visit = await visits.FindAsync(visitReference, tracking: false, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var personId = await visits.PersonIdAsync(person, "person", errors, cancellationToken);
        ValidationFailedException.ThrowIfAny(errors);
        var result = visit.Persons.FirstOrDefault(p => p.PersonId == personId)
            ?? throw new ValidationFailedException("person", "This person is not recorded on the visit.");
        var wishes = new[] { (Kind: VisitFollowUpKind.MessageToDeliver, Text: result.MessagesToSend), (Kind: VisitFollowUpKind.FamilyToInform, Text: result.FamilyToInform) }
            .Where(w => w.Text.Length > 0).ToList();
        if (wishes.Count == 0)
        {
            throw new ValidationFailedException("person", "The person's result records no wishes (messages to send, family to inform).");
        }

        var existing = await db.VisitFollowUps.AsNoTracking().Where(f => f.VisitId == visit.Id && f.PersonId == personId).Select(f => f.Kind).ToListAsync(cancellationToken);
        var created = new List<VisitFollowUp>();
        foreach (var wish in wishes.Where(w => !existing.Contains(w.Kind)))
        {
            var (kind, ownerName, due, _) = await ReadAsync(new VisitFollowUpInput { Kind = VisitCodes.Of(wish.Kind), Owner = owner, DueOn = dueOn }, visit, cancellationToken);
            var followUp = VisitFollowUp.Create(visit.Id, personId, kind, wish.Text, ownerName, due, actor, clock.GetUtcNow());
            db.VisitFollowUps.Add(followUp);
            created.Add(followUp);
        }

        await SaveAsync(cancellationToken);
        foreach (var followUp in created)
        {
            audit.Record(actor, AuditActions.VisitFollowUpCreate, $"follow-up {VisitCodes.Of(followUp.Kind)} on visit {visit.Reference} from the person's wishes, for {followUp.Owner}", [personId!.Value]);
        }

        var ids = created.Select(f => f.Id).ToList();
        return await ViewsAsync(db, db.VisitFollowUps.AsNoTracking().Where(f => ids.Contains(f.Id)), Today(), cancellationToken);
    }

    public async Task<PagedResult<VisitFollowUpView>> ListAsync(VisitFollowUpQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        VisitService.EnsureIntermediary(actor);
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var today = Today();
        var followUps = db.VisitFollowUps.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim();
            followUps = followUps.Where(f => f.Owner == owner);
        }

        if (!string.IsNullOrWhiteSpace(query.State))
        {
            var state = VisitCodes.Parse<VisitFollowUpState>(query.State, VisitCodes.Of, "state", "a state of a follow-up");
            followUps = followUps.Where(f => f.State == state);
        }

        if (query.Overdue)
        {
            followUps = followUps.Where(f => (f.State == VisitFollowUpState.Open || f.State == VisitFollowUpState.InProgress) && f.DueOn < today);
        }

        if (!string.IsNullOrWhiteSpace(query.Visit))
        {
            var visitId = (await visits.FindAsync(query.Visit, tracking: false, cancellationToken)).Id;
            followUps = followUps.Where(f => f.VisitId == visitId);
        }

        var total = await followUps.CountAsync(cancellationToken);
        var me = actor.UserName;
        var ordered = query.MineFirst
            ? followUps.OrderBy(f => f.Owner == me && (f.State == VisitFollowUpState.Open || f.State == VisitFollowUpState.InProgress) ? 0 : 1)
                .ThenBy(f => f.State == VisitFollowUpState.Open || f.State == VisitFollowUpState.InProgress ? 0 : 1)
            : followUps.OrderBy(f => f.State == VisitFollowUpState.Open || f.State == VisitFollowUpState.InProgress ? 0 : 1);
        var page0 = ordered.ThenBy(f => f.DueOn).ThenBy(f => f.Id).Skip((page - 1) * pageSize).Take(pageSize);
        var items = await ViewsAsync(db, page0, today, cancellationToken);
        var terms = new[] { ("owner", query.Owner), ("state", query.State), ("overdue", query.Overdue ? "yes" : null), ("visit", query.Visit) }
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => $"{t.Item1}={t.Item2!.Trim()}");
        audit.Record(actor, AuditActions.VisitFollowUpList,
            string.Create(CultureInfo.InvariantCulture, $"follow-ups {string.Join(' ', terms)} page {page} of size {pageSize}, {total} found"),
            items.Where(i => i.FollowUp.PersonId is not null).Select(i => i.FollowUp.PersonId!.Value).Distinct());
        return new PagedResult<VisitFollowUpView>(items, total, page, pageSize);
    }

    /// <summary>Follow-ups with their visit's reference and place and their person's reference and name, in the query's order.</summary>
    internal static async Task<IReadOnlyList<VisitFollowUpView>> ViewsAsync(KinlinkDbContext db, IQueryable<VisitFollowUp> followUps, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await followUps.ToListAsync(cancellationToken);
        var visitIds = rows.Select(f => f.VisitId).Distinct().ToList();
        var visitInfo = await (from visit in db.Visits.AsNoTracking()
                               where visitIds.Contains(visit.Id)
                               join place in db.Places on visit.PlaceId equals place.Id
                               select new { visit.Id, visit.Reference, place.Code }).ToDictionaryAsync(v => v.Id, cancellationToken);
        var personIds = rows.Where(f => f.PersonId is not null).Select(f => f.PersonId!.Value).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic }).ToDictionaryAsync(p => p.Id, cancellationToken);
        return rows.Select(f =>
        {
            var person = f.PersonId is { } id && people.TryGetValue(id, out var found) ? found : null;
            return new VisitFollowUpView(f, visitInfo[f.VisitId].Reference, visitInfo[f.VisitId].Code, person?.Reference.Value,
                person is null ? null : string.Join(' ', new[] { person.Surname, person.GivenName, person.Patronymic }.Where(s => s.Length > 0)), f.IsOverdue(today));
        }).ToList();
    }

    private async Task<VisitFollowUpView> ViewAsync(VisitFollowUpId id, CancellationToken cancellationToken) =>
        (await ViewsAsync(db, db.VisitFollowUps.AsNoTracking().Where(f => f.Id == id), Today(), cancellationToken))[0];

    private async Task<(VisitFollowUpKind Kind, string Owner, DateOnly DueOn, PersonId? Person)> ReadAsync(VisitFollowUpInput input, Visit visit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        VisitFollowUpKind kind = default;
        if (!VisitCodes.TryParse(input.Kind, VisitCodes.Of, out kind))
        {
            errors["kind"] = [$"'{input.Kind}' is not a kind of follow-up: use {VisitCodes.List<VisitFollowUpKind>(VisitCodes.Of)}."];
        }

        var ownerText = (input.Owner ?? "").Trim();
        string owner = ownerText;
        if (ownerText.Length == 0)
        {
            errors["owner"] = ["Name the account that owns the action (its user name)."];
        }
        else
        {
            var normalized = ownerText.ToUpperInvariant();
            var account = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken);
            if (account is null)
            {
                errors["owner"] = [$"No account is called '{ownerText}'."];
            }
            else
            {
                owner = account;
            }
        }

        var dueOn = VisitService.ParseDate(input.DueOn, "dueOn", required: true, errors);
        PersonId? personId = null;
        if (!string.IsNullOrWhiteSpace(input.Person))
        {
            personId = await visits.PersonIdAsync(input.Person, "person", errors, cancellationToken);
            if (personId is { } id && visit.Persons.All(p => p.PersonId != id))
            {
                errors["person"] = ["This person is not recorded on the visit."];
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        return (kind, owner, dueOn!.Value, personId);
    }

    private async Task<VisitFollowUp> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var followUpId = new VisitFollowUpId(id);
        return await db.VisitFollowUps.SingleOrDefaultAsync(f => f.Id == followUpId, cancellationToken) ?? throw new NotFoundException("Follow-up", id.ToString());
    }

    private static void ExpectVersion(VisitFollowUp followUp, int? expected)
    {
        var version = expected ?? throw new ValidationFailedException("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        if (followUp.Version != version)
        {
            throw new ConflictException($"The follow-up was changed by someone else (version {followUp.Version}, you had {version}). Reload it and make your change again.");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The follow-up was changed by someone else while you were editing it. Reload it and make your change again.");
        }
    }
}
