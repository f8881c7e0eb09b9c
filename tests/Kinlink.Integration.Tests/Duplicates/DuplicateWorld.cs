using System.Globalization;
using System.Text;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Duplicates;

/// <summary>
/// A registry where the same man came twice: the Russian list's Cyrillic record and a delegate's Latin registration,
/// beside a namesake (same name, another father and year) and a few unrelated persons.
/// </summary>
internal static class DuplicateWorld
{
    public static readonly Actor FieldDelegate = new("delegate.olena", null);

    public const string ListCsv = "service_number,surname,given_name,patronymic,sex,date_of_birth,place_of_birth,depends_on,place,event,event_date\n"
        + "Ж-100,Коваленко,Александр,Николаевич,M,1994-03-12,Харьков,UA,RU-CAMP-01,captured,2026-10-01\n"
        + "Ж-101,Коваленко,Александр,Петрович,M,1988-07-02,Полтава,UA,RU-CAMP-01,captured,2026-10-02\n"
        + "Ж-102,Шевчук,Петр,Иванович,M,1990-02-01,Киев,UA,RU-CAMP-01,captured,2026-10-03\n"
        + "Ж-103,Бондаренко,Иван,Сергеевич,M,1985-11-20,Одесса,UA,RU-CAMP-01,captured,2026-10-04\n"
        + "Ж-104,Мельник,Андрей,Викторович,M,1999-01-20,Сумы,UA,RU-CAMP-01,captured,2026-10-05\n";

    public sealed record People(string ListRecord, string Namesake, string Registration);

    /// <summary>Imports the list, then the delegate registers the same man in Latin, a week later.</summary>
    public static async Task<People> SeedAsync(AuditHarness harness)
    {
        await harness.WithContextAsync(async db =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ListCsv));
            return await new ImportService(db, harness.Clock, harness.Trail).ImportPersonsAsync(stream, "ru.csv", "RU", "RU list of 2026-11-20", AuditHarness.Caseworker);
        });
        harness.Clock.Advance(TimeSpan.FromDays(7));
        var registration = await harness.WithPersonsAsync(async s =>
        {
            var person = await s.RegisterAsync(new PersonInput
            {
                Category = "pow", Surname = "Kovalenko", GivenName = "Oleksandr", Patronymic = "Mykolaiovych", Sex = "M",
                DateOfBirth = "1994-03-12", PlaceOfBirth = "Kharkiv", DependsOn = "UA", InformName = "Kovalenko Halyna (mother)",
            }, FieldDelegate);
            await s.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "notified", Date = "2026-10-20", Place = RegistrySeed.RuCamp, Note = "seen by the delegate on the visit", Source = "visit to RU-CAMP-01" }, null, FieldDelegate);
            return person.Reference.Value;
        });
        return new People(await ReferenceAsync(harness, "Ж-100"), await ReferenceAsync(harness, "Ж-101"), registration);
    }

    public static Task<string> ReferenceAsync(AuditHarness harness, string serviceNumber) =>
        harness.WithContextAsync(async db => (await db.Persons.AsNoTracking().SingleAsync(p => p.ServiceNumber == serviceNumber)).Reference.Value);

    public static Task<DuplicateScanResult> ScanAllAsync(AuditHarness harness) =>
        harness.WithContextAsync(db => new DuplicateScanService(db, harness.Clock, harness.Trail).ScanAllAsync(AuditHarness.Caseworker));

    public static Task<T> ReviewAsync<T>(AuditHarness harness, Func<DuplicateReviewService, Task<T>> work) =>
        harness.WithContextAsync(db => work(new DuplicateReviewService(db, new PersonService(db, harness.Clock, harness.Trail), harness.Clock, harness.Trail)));

    public static Task<List<DuplicatePair>> PairsAsync(AuditHarness harness) =>
        harness.WithContextAsync(db => db.DuplicatePairs.AsNoTracking().ToListAsync());

    public static Task<PersonId> IdAsync(AuditHarness harness, string reference) =>
        harness.WithContextAsync(async db =>
        {
            var parsed = IntermediaryReference.Parse(reference);
            return (await db.Persons.AsNoTracking().SingleAsync(p => p.Reference == parsed)).Id;
        });

    /// <summary>The pair of two persons, whichever order they are stored in.</summary>
    public static async Task<DuplicatePair?> PairOfAsync(AuditHarness harness, string a, string b)
    {
        var (first, second) = DuplicatePair.Order(await IdAsync(harness, a), await IdAsync(harness, b));
        return (await PairsAsync(harness)).SingleOrDefault(p => p.FirstPersonId == first && p.SecondPersonId == second);
    }

    /// <summary>
    /// Everything a person is in the database, as text: the fields, the name forms and events with their ids, sources
    /// and contents, and the name search keys. Only the version is left out, which every save moves.
    /// </summary>
    public static Task<string> SnapshotAsync(AuditHarness harness, string reference) => harness.WithContextAsync(async db =>
    {
        var parsed = IntermediaryReference.Parse(reference);
        var person = await db.Persons.AsNoTracking().Include(p => p.NameForms).Include(p => p.Events).AsSplitQuery().SingleAsync(p => p.Reference == parsed);
        var keys = await db.NameSearchKeys.AsNoTracking().Where(k => k.PersonId == person.Id).Select(k => k.NameFormId.Value + "=" + k.Key).ToListAsync();
        var text = new StringBuilder();
        foreach (var (field, value) in PersonFields.Snapshot(person).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(field).Append('=').AppendLine(value);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"registered_by={person.RegisteredByPartyId} created={person.CreatedAt:O} merged_into={person.MergedIntoId}");
        foreach (var form in person.NameForms.OrderBy(f => f.Id.Value))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"form {form.Id} {form.FullName} {form.Script} {form.SourceListId} {form.SourceLabel} {form.RecordedAt:O}");
        }

        foreach (var e in person.Events.OrderBy(e => e.Id.Value))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"event {e.Id} {e.Kind} {e.Date} {e.PlaceId} {e.Note} {e.SourceListId} {e.SourceLabel} {e.Sequence}");
        }

        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            text.AppendLine("key " + key);
        }

        return text.ToString();
    });
}
