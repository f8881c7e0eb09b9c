using System.Globalization;
using System.Text;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using static Kinlink.Integration.Tests.Registry.RegistrySeed;

namespace Kinlink.Integration.Tests.Registry;

public sealed class ExportTests
{
    private const string Header = "service_number,surname,given_name,patronymic,sex,date_of_birth,place_of_birth,rank,depends_on,category,father_name,mother_maiden_name,inform_name,inform_address,correspondence_address,language,place,event,event_date";

    private const string Persons = Header + "\n"
        + "UA-1,Коваленко,Олександр,Миколайович,M,1994-03-12,Харків,сержант,UA,pow,Микола,Шевченко,\"Коваленко Ганна \"\"Мама\"\"\",\"Харків, вул. Сумська 1\nкв. 5\",,uk,RU-CAMP-01,captured,2026-09-01\n"
        + "UA-2,Бондар,Петро,,M,1990,,,UA,internee,,,,,,,RU-HOSP-02,hospitalised,2026-09-10\n"
        + "UA-3,Мороз,Павло,,,1991-05,,,UA,pow,,,,,,,RU-CAMP-01,captured,2026-09-01\n"
        + "RU-1,Иванов,Иван,Иванович,M,1989,,рядовой,RU,pow,,,,,,ru,UA-CAMP-07,captured,2026-08-01\n"
        + ",Гнатюк,Семен,,,,,,,pow,,,,,,,,,\n";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_export_is_a_UTF8_CSV_in_the_import_columns_with_one_row_per_person(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, Persons);
        await ImportAsync(database, clock, "service_number,depends_on,event,event_date\nUA-3,UA,released,2026-10-01\n", source: "releases");

        var (count, bytes) = await ExportAsync(database, null);

        Assert.Equal(5, count);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(',', ImportColumns.All) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Коваленко Ганна \"\"Мама\"\"\",\"Харків, вул. Сумська 1\nкв. 5\"", text, StringComparison.Ordinal);

        var rows = CsvFormat.Parse(text);
        Assert.Equal(6, rows.Count);
        string Cell(ListRow row, string column) => row.Cells[ImportColumns.All.ToList().IndexOf(column)];
        var kovalenko = rows.Single(r => Cell(r, ImportColumns.ServiceNumber) == "UA-1");
        var person = await PersonAsync(database, "UA-1");
        Assert.Equal(
            new[] { person.Reference.Value, "UA-1", "Коваленко", "Олександр", "Миколайович", "M", "1994-03-12", "Харків", "сержант", "UA", "pow", "Микола", "Шевченко", "Коваленко Ганна \"Мама\"", "Харків, вул. Сумська 1\nкв. 5", "", "uk", RegistrySeed.RuCamp, "", "", "" },
            kovalenko.Cells);
        Assert.Equal("internee", Cell(rows.Single(r => Cell(r, ImportColumns.ServiceNumber) == "UA-2"), ImportColumns.Category));
        Assert.Equal(RegistrySeed.RuHospital, Cell(rows.Single(r => Cell(r, ImportColumns.ServiceNumber) == "UA-2"), ImportColumns.Place));
        Assert.Equal("", Cell(rows.Single(r => Cell(r, ImportColumns.ServiceNumber) == "UA-3"), ImportColumns.Place)); // released: held nowhere
        Assert.Equal("", Cell(rows.Single(r => Cell(r, ImportColumns.Surname) == "Гнатюк"), ImportColumns.DependsOn));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_export_can_be_limited_to_the_persons_of_one_party(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        await ImportAsync(database, NewClock(), Persons);

        var (uaCount, ua) = await ExportAsync(database, "ua");
        var (ruCount, ru) = await ExportAsync(database, "RU");

        Assert.Equal((3, 1), (uaCount, ruCount));
        var uaText = Encoding.UTF8.GetString(ua);
        Assert.Contains("Бондар", uaText, StringComparison.Ordinal);
        Assert.DoesNotContain("Иванов", uaText, StringComparison.Ordinal);
        Assert.Contains("Иванов", Encoding.UTF8.GetString(ru), StringComparison.Ordinal);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => ExportAsync(database, "XX"));
        Assert.Contains("party", ex.Errors.Keys);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Importing_an_export_into_the_same_registry_adds_nothing(DatabaseKind kind)
    {
        await using var database = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(database, clock, Persons);
        var before = await CountAsync(database);
        var snapshot = await SnapshotAsync(database);
        var (_, bytes) = await ExportAsync(database, null);
        clock.Advance(TimeSpan.FromDays(3));

        var report = await ImportBytesAsync(database, clock, bytes, "export.csv", source: "export of the registry");

        Assert.Empty(report.Errors);
        Assert.Equal((5, 5, 0, 0, 0), (report.RowsTotal, report.RowsAccepted, report.PersonsCreated, report.PersonsUpdated, report.EventsAdded));
        Assert.Equal(before with { SourceLists = before.SourceLists + 1 }, await CountAsync(database));
        Assert.Equal(snapshot, await SnapshotAsync(database));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Importing_an_export_into_an_empty_registry_recreates_the_same_persons_with_the_same_references(DatabaseKind kind)
    {
        await using var source = await CreateAsync(kind);
        var clock = NewClock();
        await ImportAsync(source, clock, Persons);
        var (_, bytes) = await ExportAsync(source, null);

        await using var target = await CreateAsync(kind);
        var report = await ImportBytesAsync(target, clock, bytes, "export.csv", source: "registry moved");

        Assert.Empty(report.Errors);
        Assert.Equal(5, report.PersonsCreated);
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_registry_larger_than_a_page_and_a_batch_round_trips_whole(DatabaseKind kind)
    {
        const int count = ExportService.PageSize + 300;
        var csv = new StringBuilder("service_number,surname,given_name,date_of_birth,depends_on,place\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"SN-{i},Коваленко,Олександр,{1960 + (i % 40)},UA,{(i % 2 == 0 ? RegistrySeed.RuCamp : RegistrySeed.RuHospital)}\n");
        }

        await using var source = await CreateAsync(kind);
        var clock = NewClock();
        var imported = await ImportAsync(source, clock, csv.ToString());
        Assert.Equal((count, count, count), (imported.PersonsCreated, imported.EventsAdded, (await CountAsync(source)).Persons));

        var (exported, bytes) = await ExportAsync(source, null);
        Assert.Equal(count, exported);

        await using var target = await CreateAsync(kind);
        var report = await ImportBytesAsync(target, clock, bytes, "export.csv", source: "registry moved");
        Assert.Equal((count, 0), (report.PersonsCreated, report.RowsRejected));
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
    }

    private static async Task<(int Count, byte[] Bytes)> ExportAsync(TestDatabase database, string? party)
    {
        await using var db = database.NewContext();
        using var output = new MemoryStream();
        var count = await new ExportService(db, TestAudit.For(db)).ExportPersonsAsync(output, party, Caseworker);
        return (count, output.ToArray());
    }

    /// <summary>Every person as the registry shows them, by reference, with party and place by code (ids differ between databases).</summary>
    private static async Task<List<string>> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var parties = await db.Parties.ToDictionaryAsync(p => p.Id, p => p.Code);
        var places = await db.Places.ToDictionaryAsync(p => p.Id, p => p.Code);
        var persons = await db.Persons.AsNoTracking().ToListAsync();
        return persons
            .Select(p => string.Join('|',
                p.Reference, p.ServiceNumber, p.Surname, p.GivenName, p.Patronymic, p.Sex, p.DateOfBirth, p.PlaceOfBirth, p.Rank,
                p.DependsOnPartyId is { } party ? parties[party] : "", p.Category, p.FatherName, p.MotherMaidenName, p.InformName,
                p.InformAddress, p.CorrespondenceAddress, p.Languages, p.CurrentPlaceId is { } place ? places[place] : ""))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
