using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Matching.Evaluation;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>
/// The import writes the persons a list creates past the change tracker, for speed. These tests import the same list
/// the normal way (every row through SaveChanges) and the fast way into two databases alike, and compare every row
/// the import left: persons, name forms, search keys, match subjects and keys, events, transmissions and audit.
/// </summary>
public sealed partial class ImportFastPathTests
{
    private const string Header = "intermediary_ref,service_number,surname,given_name,patronymic,sex,date_of_birth,place_of_birth,depends_on,category,language,place,event,event_date,note";

    // Batches of two rows: rows 1-2, 3-4, 5-6, 7-8, 9. A person created in one batch is changed in the same batch
    // (UA-101) and in a later one (UA-100); a known person is changed; a row is refused.
    private const string List = Header + "\n"
        + ",UA-100,Коваленко,Олександр,Миколайович,M,1994-03-12,Харків,UA,pow,uk,RU-CAMP-01,captured,2026-10-01,taken near Kupiansk\n"
        + ",UA-101,Бондар,Ольга,Петрівна,F,1990-05,,UA,pow,,RU-CAMP-01,,,\n"
        + ",UA-101,Bondar,Olha,,F,1990-05,,UA,,,,,,\n"
        + ",UA-900,Shevchenko,Taras,,M,1988-01-02,,UA,,,RU-CAMP-01,,,\n"
        + ",,Мороз,Павло,,M,1991-05-06,,UA,pow,,RU-HOSP-02,,,\n"
        + ",UA-100,Kovalenko,Oleksandr,,M,1994-03-12,,UA,,,RU-HOSP-02,transferred,2026-10-20,\n"
        + ",,Гнатюк,Семен,,,,,,,,,,,\n"
        + ",UA-102,Ткаченко,Іван,,M,not a date,,UA,pow,,RU-CAMP-01,,,\n"
        + ",UA-103,Лисенко,Микола,,M,1985,,UA,internee,ru,RU-CAMP-01,captured,2026-09-01,\n";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task New_persons_written_past_the_change_tracker_leave_the_same_rows_as_saving_them_normally(DatabaseKind kind)
    {
        await using var normal = await AuditHarness.CreateAsync(kind);
        await using var fast = await AuditHarness.CreateAsync(kind);

        var normalReport = await ImportAsync(normal, pastTracker: false);
        var fastReport = await ImportAsync(fast, pastTracker: true);

        Assert.Equal((9, 8, 1, 5, 1), (normalReport.RowsTotal, normalReport.RowsAccepted, normalReport.RowsRejected, normalReport.PersonsCreated, normalReport.PersonsUpdated));
        Assert.Equal(Describe(normalReport), Describe(fastReport));
        var expected = await SnapshotAsync(normal, normalReport);
        var actual = await SnapshotAsync(fast, fastReport);
        // Not empty by accident: every kind of row the import writes is there.
        foreach (var kindOfRow in new[] { "persons", "person_name_forms", "name_search_keys", "person_match_subjects", "person_match_keys", "status_events", "transmissions", "audit" })
        {
            Assert.Contains(expected, row => row.StartsWith(kindOfRow + " ", StringComparison.Ordinal));
        }

        // The rows only one of the two has, marked by which: none.
        Assert.Empty(expected.Except(actual).Select(r => "normal only: " + r).Concat(actual.Except(expected).Select(r => "fast only: " + r)));
        Assert.Equal(expected, actual);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Persons_written_past_the_change_tracker_are_found_again_and_matched_like_any_other(DatabaseKind kind)
    {
        await using var fast = await AuditHarness.CreateAsync(kind);
        var first = await ImportAsync(fast, pastTracker: true);

        // Importing the same list again adds nobody: the persons the first import wrote are found by their numbers.
        var again = await ImportAsync(fast, pastTracker: true);
        Assert.Equal((first.RowsAccepted, 0, 0), (again.RowsAccepted, again.PersonsCreated, again.EventsAdded));

        // A person saved normally after the import gets a subject number of its own (PostgreSQL's sequence was moved on).
        var registered = await fast.WithPersonsAsync(async s => (await s.RegisterAsync(new PersonInput
        {
            Category = "pow", Surname = "Петренко", GivenName = "Андрій", Sex = "M", DateOfBirth = "1993", DependsOn = "UA", ServiceNumber = "UA-500",
        }, AuditHarness.Caseworker)).Id);
        var numbers = await fast.WithContextAsync(async db => await db.PersonMatchSubjects.Select(s => s.Number).ToListAsync());
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(7, numbers.Count); // the known person, five created by the list, one registered after it
        Assert.True(await fast.WithContextAsync(db => db.PersonMatchSubjects.AnyAsync(s => s.PersonId == registered)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_large_list_queues_its_duplicate_scan_and_the_queued_scan_finds_what_an_inline_scan_finds(DatabaseKind kind)
    {
        // More persons than are scanned inline: generated registry records (brothers and namesakes among them), and
        // last another spelling of a person known before the list, with no service number: a likely duplicate.
        var rows = new StringBuilder(Header + "\n");
        foreach (var record in new CrossScriptGenerator(20_261_127).StreamRegistry(QueuedDuplicateScans.InlinePersons))
        {
            var surname = string.IsNullOrWhiteSpace(record.Surname) ? record.GivenName : record.Surname;
            var givenName = ReferenceEquals(surname, record.GivenName) ? null : record.GivenName;
            rows.Append(CultureInfo.InvariantCulture, $",{record.Id.ToUpperInvariant()},{surname},{givenName},{record.Patronymic},{record.Sex},{record.DateOfBirth},,UA,pow,,RU-CAMP-01,,,\n");
        }

        rows.Append(",,Коваленко,Александр,Николаевич,M,1994-03-12,,UA,pow,,RU-CAMP-01,,,\n");
        await using var queued = await AuditHarness.CreateAsync(kind);
        await using var inline = await AuditHarness.CreateAsync(kind);
        foreach (var harness in new[] { queued, inline })
        {
            await harness.WithPersonsAsync(async s => (await s.RegisterAsync(new PersonInput
            {
                Category = "pow", Surname = "Коваленко", GivenName = "Олександр", Patronymic = "Миколайович", Sex = "M", DateOfBirth = "1994-03-12", DependsOn = "UA", ServiceNumber = "UA-900",
            }, AuditHarness.Caseworker)).Id);
            var report = await harness.WithContextAsync(async db =>
            {
                using var content = new MemoryStream(Encoding.UTF8.GetBytes(rows.ToString()));
                return await new ImportService(db, harness.Clock, harness.Trail).ImportPersonsAsync(content, "large.csv", "RU", "large list", AuditHarness.Caseworker);
            });
            Assert.Equal((QueuedDuplicateScans.InlinePersons + 1, 0), (report.PersonsCreated, report.RowsRejected));
        }

        // Committed with the list, nothing scanned yet.
        Assert.Equal(0, await queued.WithContextAsync(db => db.DuplicatePairs.CountAsync()));
        Assert.Equal(1, await queued.WithContextAsync(db => db.Settings.CountAsync(s => s.Name.StartsWith("registry.duplicates.queued:"))));

        var scanned = await queued.WithContextAsync(db => new QueuedDuplicateScans(db, queued.Clock).RunAsync());
        await inline.WithContextAsync(async db =>
            await new DuplicateFinder(db, inline.Clock).FindAsync(await db.Persons.Where(p => p.ServiceNumber != "UA-900").Select(p => p.Id).ToListAsync(), CancellationToken.None));

        Assert.Equal(QueuedDuplicateScans.InlinePersons + 1, scanned);
        var expected = await PairsAsync(inline);
        Assert.Contains(expected, pair => pair.StartsWith("Коваленко 1994-03-12 / Коваленко 1994-03-12 ", StringComparison.Ordinal));
        Assert.Equal(expected, await PairsAsync(queued));
        Assert.Equal(0, await queued.WithContextAsync(db => db.Settings.CountAsync(s => s.Name.StartsWith("registry.duplicates.queued:"))));
        Assert.Equal(0, await queued.WithContextAsync(db => new QueuedDuplicateScans(db, queued.Clock).RunAsync()));
    }

    /// <summary>The stored pairs, each as its two persons' service numbers (or surname and date of birth), sorted.</summary>
    private static Task<List<string>> PairsAsync(AuditHarness harness) => harness.WithContextAsync(async db =>
    {
        var persons = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.ServiceNumber ?? $"{p.Surname} {p.DateOfBirth}");
        var pairs = await db.DuplicatePairs.AsNoTracking().ToListAsync();
        return pairs.Select(p => string.Join(" / ", new[] { persons[p.FirstPersonId], persons[p.SecondPersonId] }.Order(StringComparer.Ordinal)) + $" {p.Bucket}")
            .Select(p => p.Replace("UA-900", "Коваленко 1994-03-12", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    });

    private static async Task<ImportReport> ImportAsync(AuditHarness harness, bool pastTracker)
    {
        // Known before the list: the list gives him a Latin spelling and a notification.
        if (!await harness.WithContextAsync(db => db.Persons.AnyAsync(p => p.ServiceNumber == "UA-900")))
        {
            await harness.WithPersonsAsync(async s => (await s.RegisterAsync(new PersonInput
            {
                Category = "pow", Surname = "Шевченко", GivenName = "Тарас", Sex = "M", DateOfBirth = "1988-01-02", DependsOn = "UA", ServiceNumber = "UA-900",
            }, AuditHarness.Caseworker)).Id);
        }

        var report = await harness.WithContextAsync(async db =>
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(List));
            var service = new ImportService(db, harness.Clock, harness.Trail) { BatchSize = 2, WriteNewPersonsPastTracker = pastTracker };
            return await service.ImportPersonsAsync(content, "ru.csv", "RU", "list of 2026-11-20", AuditHarness.Caseworker);
        });
        await harness.Trail.FlushAsync();
        return report;
    }

    private static string Describe(ImportReport report) =>
        $"{report.RowsTotal} {report.RowsAccepted} {report.RowsRejected} {report.PersonsCreated} {report.PersonsUpdated} {report.EventsAdded} "
        + string.Join("; ", report.Errors.Select(e => $"{e.Line} {e.Column} {e.Reason}"));

    /// <summary>
    /// Every row of every table the import writes, each column by name, ids replaced by what they stand for (a person
    /// by service number or name, a place or party by code, an event by person and sequence, the list as "list"), sorted.
    /// </summary>
    private static async Task<List<string>> SnapshotAsync(AuditHarness harness, ImportReport report)
    {
        await using var db = harness.Database.NewContext();
        var persons = await db.Persons.ToListAsync();
        var names = new Dictionary<object, string>();
        foreach (var person in persons)
        {
            names[person.Id] = $"person {person.ServiceNumber ?? person.Surname}";
            names[person.Reference.Value] = $"reference of person {person.ServiceNumber ?? person.Surname}";
        }

        foreach (var place in await db.Places.ToListAsync())
        {
            names[place.Id] = "place " + place.Code;
        }

        foreach (var party in await db.Parties.ToListAsync())
        {
            names[party.Id] = "party " + party.Code;
        }

        names[report.SourceListId!.Value] = "list";
        var events = await db.StatusEvents.ToListAsync();
        foreach (var statusEvent in events)
        {
            names[statusEvent.Id] = $"event {statusEvent.Sequence} of {names[statusEvent.PersonId]}";
        }

        var forms = await db.NameForms.ToListAsync();
        foreach (var form in forms)
        {
            names[form.Id] = $"form {form.Surname} {form.GivenName} of {names[form.PersonId]}";
        }

        var subjects = await db.PersonMatchSubjects.ToListAsync();
        var subjectNames = subjects.ToDictionary(s => s.Number, s => names[s.PersonId]);
        var rows = new List<string>();
        void Add(string table, object entity, params string[] skipped) =>
            rows.Add(table + " " + string.Join(" | ", db.Entry(entity).Properties
                .Where(p => !skipped.Contains(p.Metadata.Name))
                .OrderBy(p => p.Metadata.Name, StringComparer.Ordinal)
                .Select(p => $"{p.Metadata.Name}={Show(p, names)}")));

        // A person's reference is drawn at random, and so are the ids; a subject's number and revision are counters.
        persons.ForEach(p => Add("persons", p, nameof(Person.Reference)));
        forms.ForEach(f => Add("person_name_forms", f));
        (await db.NameSearchKeys.ToListAsync()).ForEach(k => Add("name_search_keys", k, nameof(NameSearchKey.Id)));
        subjects.ForEach(s => Add("person_match_subjects", s, nameof(PersonMatchSubject.Number), nameof(PersonMatchSubject.Revision)));
        rows.AddRange((await db.PersonMatchKeys.ToListAsync()).Select(k => $"person_match_keys {k.Key} of {subjectNames[k.Number]}"));
        events.ForEach(e => Add("status_events", e));
        (await db.Transmissions.ToListAsync()).ForEach(t => Add("transmissions", t, nameof(Data.Transmissions.Transmission.Id)));
        foreach (var entry in await db.AuditEntries.AsNoTracking().ToListAsync())
        {
            // The chain's MACs and the sealed values of the changes are keyed by each harness's own key store (and
            // sealed with a random nonce); which persons and fields changed, and the rest, must be the same.
            var changes = SealedValue().Replace(Replace(entry.Changes ?? "", names), "\"(sealed)\"");
            rows.Add($"audit {entry.Action} | {Replace(entry.Summary, names)} | {entry.PersonCount} | {changes} | {entry.UserName} | {entry.At:O}");
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Show(PropertyEntry property, Dictionary<object, string> names) => property.CurrentValue switch
    {
        null => "null",
        _ when property.Metadata.IsPrimaryKey() && property.Metadata.Name == "Id" => names.GetValueOrDefault(property.CurrentValue, "(own id)"),
        var value when names.TryGetValue(value, out var name) => name,
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString() ?? "",
    };

    /// <summary>The text with every id it quotes replaced by what the id stands for.</summary>
    private static string Replace(string text, Dictionary<object, string> names)
    {
        foreach (var (id, name) in names)
        {
            var quoted = id switch
            {
                PersonId p => p.Value.ToString(),
                SourceListId l => l.Value.ToString(),
                PlaceId p => p.Value.ToString(),
                PartyId p => p.Value.ToString(),
                string reference => reference,
                _ => null,
            };
            if (quoted is not null)
            {
                text = text.Replace(quoted, name, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    [GeneratedRegex("\"v1:[^\"]*\"")]
    private static partial Regex SealedValue();
}
