using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

public sealed class PartyService(KinlinkDbContext db)
{
    public async Task<IReadOnlyList<Party>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Parties.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Code).ToListAsync(cancellationToken);

    public async Task<Party> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        var wanted = (code ?? "").Trim().ToUpperInvariant();
        return await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == wanted, cancellationToken)
            ?? throw new NotFoundException("Party", code ?? "");
    }

    /// <summary>Conflict parties by code, for reading lists and forms.</summary>
    public Task<IReadOnlyDictionary<string, PartyId>> CodesAsync(CancellationToken cancellationToken = default) =>
        ConflictPartyCodesAsync(db, cancellationToken);

    /// <summary>The same lookup for the services that read lists and forms without a PartyService of their own.</summary>
    internal static async Task<IReadOnlyDictionary<string, PartyId>> ConflictPartyCodesAsync(KinlinkDbContext db, CancellationToken cancellationToken) =>
        await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty)
            .ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);

    public async Task<Party> CreateAsync(string code, string name, PartyKind kind, CancellationToken cancellationToken = default)
    {
        var party = Party.Create(code, name, kind);
        if (await db.Parties.AnyAsync(p => p.Code == party.Code, cancellationToken))
        {
            throw new ConflictException($"A party with code {party.Code} already exists.");
        }

        db.Parties.Add(party);
        await db.SaveChangesAsync(cancellationToken);
        return party;
    }
}
