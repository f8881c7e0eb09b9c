using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Engine;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Duplicates;

/// <summary>
/// The live registry as the matching engine sees it: every name form of every person that is not a tombstone,
/// each as one record carrying the person's date of birth, sex and place of birth. A record's id is the person's
/// id, a slash and the form's number, so candidates map back to persons.
/// </summary>
internal static class RegistryMatchRecords
{
    public static async Task<(List<MatchRecord> Records, Dictionary<PersonId, int> Versions)> LoadAsync(KinlinkDbContext db, CancellationToken cancellationToken)
    {
        var persons = await db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null)
            .Select(p => new { p.Id, p.DateOfBirth, p.Sex, p.PlaceOfBirth, p.Version })
            .ToListAsync(cancellationToken);
        var forms = (await db.NameForms.AsNoTracking()
            .Select(f => new { f.PersonId, f.Surname, f.GivenName, f.Patronymic })
            .ToListAsync(cancellationToken)).ToLookup(f => f.PersonId);
        var records = new List<MatchRecord>(persons.Count * 2);
        foreach (var person in persons)
        {
            var number = 0;
            foreach (var form in forms[person.Id])
            {
                records.Add(new MatchRecord($"{person.Id.Value:N}/{number++}", form.Surname, form.GivenName, form.Patronymic,
                    MatchKeyCalculator.BirthDateOf(person.DateOfBirth), MatchKeyCalculator.SexOf(person.Sex), person.PlaceOfBirth));
            }
        }

        return (records, persons.ToDictionary(p => p.Id, p => p.Version));
    }

    public static IEnumerable<MatchRecord> Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.NameForms.Select((form, number) => new MatchRecord($"{person.Id.Value:N}/{number}", form.Surname, form.GivenName, form.Patronymic,
            MatchKeyCalculator.BirthDateOf(person.DateOfBirth), MatchKeyCalculator.SexOf(person.Sex), person.PlaceOfBirth));
    }

    public static PersonId PersonOf(string recordId) => new(Guid.ParseExact(recordId.AsSpan(0, 32), "N"));
}
