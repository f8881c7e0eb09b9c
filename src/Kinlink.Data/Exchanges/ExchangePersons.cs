using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Exchanges;

/// <summary>The persons of proceedings and family notices as lists show them, read in one query.</summary>
public static class ExchangePersons
{
    public static async Task<Dictionary<PersonId, ExchangePersonView>> ViewsAsync(KinlinkDbContext db, IEnumerable<PersonId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct().ToList();
        var rows = await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(p => p.Id, p =>
        {
            var name = string.Join(' ', new[] { p.Surname, p.GivenName, p.Patronymic }.Where(s => s.Length > 0));
            return new ExchangePersonView(p.Reference.Value, name, PersonService.LatinReading(name));
        });
    }
}
