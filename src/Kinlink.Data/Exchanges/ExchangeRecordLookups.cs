using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>What the exchange module's services share: the intermediary-only check, the persons' identity blocks, party codes, and the timeline step.</summary>
internal static class ExchangeRecordLookups
{
    public static void EnsureIntermediary(Actor actor) =>
        IntermediaryWork.Ensure(actor, "Exchanges, repatriation, deaths, personal effects, proceedings and the families' news are the intermediary's work.");

    public static async Task<Dictionary<PersonId, DeceasedIdentity>> IdentitiesAsync(KinlinkDbContext db, IEnumerable<PersonId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToListAsync(cancellationToken);
        var parties = await PartyCodesAsync(db, cancellationToken);
        var placeIds = persons.Select(p => p.CurrentPlaceId).OfType<PlaceId>().Distinct().ToList();
        var captures = (await db.StatusEvents.AsNoTracking().Where(e => wanted.Contains(e.PersonId) && e.Kind == StatusEventKind.Captured).ToListAsync(cancellationToken))
            .GroupBy(e => e.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Date.Earliest).First());
        placeIds.AddRange(captures.Values.Select(e => e.PlaceId).OfType<PlaceId>());
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        return persons.ToDictionary(p => p.Id, p =>
        {
            return new DeceasedIdentity(p.Reference.Value, p.FullName, PersonService.LatinReading(p.FullName), p.FatherName, p.DateOfBirth?.ToString() ?? "", p.PlaceOfBirth,
                p.Rank, p.ServiceNumber ?? "", p.DependsOnPartyId is { } party && parties.TryGetValue(party, out var code) ? code : "", p.InformName, p.InformAddress,
                captures.TryGetValue(p.Id, out var captured) ? $"{captured.Date} {(captured.PlaceId is { } at && places.TryGetValue(at, out var atCode) ? atCode : "")}".Trim() : "",
                RegistryCodes.Of(p.CurrentStatus), p.CurrentPlaceId is { } place && places.TryGetValue(place, out var placeCode) ? placeCode : "");
        });
    }

    /// <summary>The person a list is filtered by, or a validation failure naming the field "person".</summary>
    public static async Task<PersonId> PersonIdAsync(KinlinkDbContext db, string? idOrReference, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var personId = await PersonLookups.IdAsync(db, idOrReference, "person", errors, cancellationToken);
        ValidationFailedException.ThrowIfAny(errors);
        return personId!.Value;
    }

    public static async Task<Dictionary<PartyId, string>> PartyCodesAsync(KinlinkDbContext db, CancellationToken cancellationToken) =>
        await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);

    public static string CodeOf(IReadOnlyDictionary<PartyId, string> parties, PartyId? id) => id is { } party && parties.TryGetValue(party, out var code) ? code : "";

    /// <summary>A registry person loaded with the timeline, tracked, to record an event in the caller's save.</summary>
    public static async Task<Person> PersonWithTimelineAsync(KinlinkDbContext db, PersonId id, CancellationToken cancellationToken) =>
        await db.Persons.Include(p => p.Events).SingleAsync(p => p.Id == id, cancellationToken);

    /// <summary>A reference as typed, or the reader's error naming the field.</summary>
    public static string Reference(string? text, string prefix, string what) =>
        Domain.Exchanges.ExchangeReference.Normalize(text, prefix) ?? throw new NotFoundException(what, (text ?? "").Trim());
}
