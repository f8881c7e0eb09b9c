using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>The parties and places a list refers to, and small helpers to import and count, for the import and export tests.</summary>
internal static class RegistrySeed
{
    public const string RuCamp = "RU-CAMP-01";
    public const string RuHospital = "RU-HOSP-02";
    public const string UaCamp = "UA-CAMP-07";

    public static Actor Caseworker { get; } = new("caseworker.anna", null);

    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Migrates the database and adds RU and UA with a camp and a hospital held by RU and a camp held by UA.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        var ru = Party.Create("RU", "Russian Federation", PartyKind.ConflictParty);
        var ua = Party.Create("UA", "Ukraine", PartyKind.ConflictParty);
        var intermediary = Party.Create("CTA", "Central Tracing Agency", PartyKind.Intermediary);
        db.Parties.AddRange(ru, ua, intermediary);
        db.Places.AddRange(
            PlaceOfDetention.Create(new PlaceDetails(RuCamp, "ИК-1", "IK-1", PlaceKind.Camp, "Тверская область", null), ru.Id),
            PlaceOfDetention.Create(new PlaceDetails(RuHospital, "Госпиталь 2", "Hospital 2", PlaceKind.Hospital, "Тверская область", null), ru.Id),
            PlaceOfDetention.Create(new PlaceDetails(UaCamp, "Табір 7", "Camp 7", PlaceKind.Camp, "Львівська область", null), ua.Id));
        await db.SaveChangesAsync();
        return database;
    }

    public static async Task<ImportReport> ImportAsync(TestDatabase database, TimeProvider clock, string text, string fileName = "list.csv", string party = "RU", string source = "list of 2026-11-20", bool bom = false)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [.. System.Text.Encoding.UTF8.Preamble, .. bytes];
        }

        return await ImportBytesAsync(database, clock, bytes, fileName, party, source);
    }

    public static async Task<ImportReport> ImportBytesAsync(TestDatabase database, TimeProvider clock, byte[] bytes, string fileName = "list.csv", string party = "RU", string source = "list of 2026-11-20")
    {
        await using var db = database.NewContext();
        using var stream = new MemoryStream(bytes);
        return await new ImportService(db, clock, TestAudit.For(db)).ImportPersonsAsync(stream, fileName, party, source, Caseworker);
    }

    public static async Task<Counts> CountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return new Counts(
            await db.Persons.CountAsync(),
            await db.NameForms.CountAsync(),
            await db.StatusEvents.CountAsync(),
            await db.SourceLists.CountAsync(),
            await db.NameSearchKeys.CountAsync());
    }

    public static async Task<Person> PersonAsync(TestDatabase database, string serviceNumber)
    {
        await using var db = database.NewContext();
        return await db.Persons.AsNoTracking().Include(p => p.NameForms).Include(p => p.Events)
            .SingleAsync(p => p.ServiceNumber == serviceNumber);
    }

    public static async Task<string?> PlaceCodeAsync(TestDatabase database, PlaceId? id)
    {
        await using var db = database.NewContext();
        return id is null ? null : await db.Places.Where(p => p.Id == id).Select(p => p.Code).SingleAsync();
    }

    /// <summary>Fails with every error of the report listed, so a wrong line or column is plain to see.</summary>
    public static void AssertError(ImportReport report, int line, string column, string reasonPart)
    {
        ArgumentNullException.ThrowIfNull(report);
        Assert.True(
            report.Errors.Any(e => e.Line == line && e.Column == column && e.Reason.Contains(reasonPart, StringComparison.OrdinalIgnoreCase)),
            $"Expected an error on line {line}, column '{column}', containing \"{reasonPart}\". Errors:\n"
            + string.Join("\n", report.Errors.Select(e => $"  {e.Line} [{e.Column}] {e.Reason}")));
    }

    internal sealed record Counts(int Persons, int NameForms, int Events, int SourceLists, int SearchKeys);
}
