using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Matching;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Bench;

/// <summary>
/// <c>kinlink-bench import</c>: a generated notification list imported through <see cref="ImportService"/> into a fresh
/// database, as a caseworker of the intermediary imports it; beside it, the same rows of the same tables loaded by
/// the database's own bulk load into another fresh database of the same schema (the floor); the same list imported
/// again; and the matching pass that runs after the import, against open enquiries, on its own.
/// </summary>
public static class ImportRun
{
    private static readonly Actor Caseworker = new("bench-caseworker", null);

    public static async Task<string> RunAsync(ImportOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(options.WorkDirectory);
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = MachineState.LoadAverage();
        var set = new CrossScriptGenerator(options.Seed).Generate(options.Rows, options.Enquiries);
        var places = DemoPlaces.HeldByRussia.Select(p => p.Code).ToList();
        var list = NotificationList.Csv(set.Registry, places, options.Seed);
        var listFile = Path.Combine(options.WorkDirectory, "notification-list.csv");
        await File.WriteAllBytesAsync(listFile, list, cancellationToken);
        log.WriteLine($"list: {set.Registry.Count:N0} rows, {list.Length / 1024.0 / 1024:0.0} MB ({listFile}); {set.Queries.Count:N0} enquiries");

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"### Run of {started:yyyy-MM-dd HH:mm} UTC: {options.Rows:N0} rows, {options.Enquiries:N0} open enquiries, seed {options.Seed}");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- Command: `dotnet run -c Release --project bench/Kinlink.Bench -- import {options.CommandLine()}`");
        report.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineState.Describe()}");
        report.AppendLine(CultureInfo.InvariantCulture, $"- Load average (1, 5, 15 min) at the start: {loadAtStart}");
        report.AppendLine(CultureInfo.InvariantCulture, $"- List: {set.Registry.Count:N0} rows, {list.Length / 1024.0 / 1024:0.0} MB of CSV, {ImportColumns.All.Count} columns; the cross-script generator's registry records as Russia's notification of Ukrainian prisoners of war at its {places.Count} places");
        report.AppendLine();
        var providers = new List<string?> { null };
        if (options.Postgres is not null)
        {
            providers.Add(options.Postgres);
        }

        var phases = new StringBuilder();
        report.AppendLine("| database | import | rows/s | bulk load (floor) | rows/s | import ÷ floor | rows written | re-import (adds nothing) | matching pass after the import | candidates proposed | queued duplicate scan | load before → after |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var postgres in providers)
        {
            var line = await MeasureAsync(options, postgres, set, list, phases, log, cancellationToken);
            report.AppendLine(line);
        }

        report.AppendLine();
        report.Append(phases);
        report.AppendLine(CultureInfo.InvariantCulture, $"Peak working set of the run: {MachineState.PeakWorkingSetMegabytes():N0} MB.");
        return report.ToString();
    }

    private static async Task<string> MeasureAsync(ImportOptions options, string? postgres, LabelledSet set, byte[] list, StringBuilder phases, TextWriter log, CancellationToken cancellationToken)
    {
        var suffix = postgres is null ? "sqlite" : "pg";
        var loadBefore = MachineState.LoadAverage();
        await using var imported = await ImportDatabase.CreateAsync(options.WorkDirectory, "import-" + suffix, postgres, cancellationToken);
        var name = imported.ProviderName;
        await AddPartiesAndPlacesAsync(imported, cancellationToken);
        await AddEnquiriesAsync(imported, set.Queries, cancellationToken);
        await using (var db = imported.NewContext())
        {
            // The enquiries' first search, against a registry still empty, finds nothing; it is recorded as done
            // rather than run (it took about 0.1 s an enquiry on the shared machine, and is not what is measured):
            // what is left for the pass after the import is the persons it wrote.
            var now = DateTimeOffset.UtcNow;
            await db.EnquiryMatchSubjects.ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchedAt, now), cancellationToken);
        }

        log.WriteLine($"{name}: {set.Queries.Count:N0} enquiries opened");

        var tables = WrittenTables(imported);
        var before = await imported.CountAsync(tables, cancellationToken);
        ImportReport report;
        ImportService service;
        TimeSpan importTime;
        await using (var scope = imported.Services.CreateAsyncScope())
        {
            service = scope.ServiceProvider.GetRequiredService<ImportService>();
            service.WriteNewPersonsPastTracker = !options.NormalPath;
            using var content = new MemoryStream(list);
            var start = Stopwatch.GetTimestamp();
            report = await service.ImportPersonsAsync(content, "notification-list.csv", "RU", "notification list RU, bench", Caseworker, cancellationToken);
            importTime = Stopwatch.GetElapsedTime(start);
        }

        var auditStart = Stopwatch.GetTimestamp();
        await imported.Services.GetRequiredService<AuditTrail>().FlushAsync(cancellationToken);
        var auditTime = Stopwatch.GetElapsedTime(auditStart);
        log.WriteLine($"{name}: import {importTime.TotalSeconds:0.00} s: {report.RowsAccepted:N0} accepted, {report.RowsRejected:N0} refused, {report.PersonsCreated:N0} created; audit written in {auditTime.TotalSeconds:0.00} s");
        foreach (var error in report.Errors.Take(5))
        {
            log.WriteLine($"  line {error.Line}, {error.Column}: {error.Reason}");
        }

        var after = await imported.CountAsync(tables, cancellationToken);
        var written = tables.ToDictionary(t => t, t => after[t] - before[t]);
        var rowsWritten = written.Values.Sum();
        phases.AppendLine(CultureInfo.InvariantCulture, $"{name}, where the import's {importTime.TotalSeconds:0.00} s went ({report.RowsAccepted:N0} rows accepted, {report.RowsRejected:N0} refused; {report.PersonsCreated:N0} persons created):");
        phases.AppendLine();
        phases.AppendLine("| phase | seconds |");
        phases.AppendLine("|---|---|");
        foreach (var (phase, time) in service.Phases.All)
        {
            phases.AppendLine(CultureInfo.InvariantCulture, $"| {phase} | {time.TotalSeconds:0.00} |");
        }

        phases.AppendLine(CultureInfo.InvariantCulture, $"| (after the response) audit entries written | {auditTime.TotalSeconds:0.00} |");
        phases.AppendLine();
        phases.AppendLine(CultureInfo.InvariantCulture, $"Rows the import wrote, which the floor loads: {string.Join(", ", written.Select(w => $"{w.Key} {w.Value:N0}"))} ({rowsWritten:N0} in all).");
        phases.AppendLine();

        // The floor: the same rows of the same tables, into a fresh database of the same schema with the same parties,
        // places and enquiries, loaded by the database's own bulk load.
        TimeSpan floorTime;
        await using (var floor = await ImportDatabase.CreateAsync(options.WorkDirectory, "floor-" + suffix, postgres, cancellationToken))
        {
            await CopyPartiesAndPlacesAsync(imported, floor, cancellationToken);
            floorTime = await floor.BulkLoadFromAsync(imported, tables, Path.Combine(options.WorkDirectory, "import-" + suffix), cancellationToken);
            var loaded = await floor.CountAsync(tables, cancellationToken);
            log.WriteLine($"{name}: floor {floorTime.TotalSeconds:0.00} s, {loaded.Values.Sum():N0} rows loaded");
        }

        // The pass the server runs after the import commits: the persons past the watermark against the open enquiries.
        MatchingPassResult pass;
        TimeSpan passTime;
        await using (var scope = imported.Services.CreateAsyncScope())
        {
            var start = Stopwatch.GetTimestamp();
            pass = await scope.ServiceProvider.GetRequiredService<EnquiryMatchingService>().RunPassAsync(cancellationToken);
            passTime = Stopwatch.GetElapsedTime(start);
        }

        log.WriteLine($"{name}: matching pass {passTime.TotalSeconds:0.00} s: {pass.PersonsRead:N0} persons read, {pass.CandidatesProposed:N0} candidates proposed");

        // The duplicate scan a large list queues, run as the server's background round runs it.
        int scanned;
        TimeSpan scanTime;
        await using (var scope = imported.Services.CreateAsyncScope())
        {
            var start = Stopwatch.GetTimestamp();
            scanned = await scope.ServiceProvider.GetRequiredService<QueuedDuplicateScans>().RunAsync(cancellationToken);
            scanTime = Stopwatch.GetElapsedTime(start);
        }

        var pairs = await imported.CountAsync(["duplicate_pairs"], cancellationToken);
        log.WriteLine($"{name}: queued duplicate scan {scanTime.TotalSeconds:0.00} s: {scanned:N0} persons looked up, {pairs["duplicate_pairs"]:N0} pairs stored");

        // The same list again: nothing new may be stored.
        TimeSpan againTime;
        ImportReport again;
        await using (var scope = imported.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ImportService>();
            importer.WriteNewPersonsPastTracker = !options.NormalPath;
            using var content = new MemoryStream(list);
            var start = Stopwatch.GetTimestamp();
            again = await importer.ImportPersonsAsync(content, "notification-list.csv", "RU", "notification list RU, received again", Caseworker, cancellationToken);
            againTime = Stopwatch.GetElapsedTime(start);
        }

        var persons = await imported.CountAsync(["persons"], cancellationToken);
        log.WriteLine($"{name}: re-import {againTime.TotalSeconds:0.00} s: {again.PersonsCreated:N0} created, {again.PersonsUpdated:N0} updated, {again.EventsAdded:N0} events; {persons["persons"]:N0} persons stored");
        var rows = report.RowsTotal;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {importTime.TotalSeconds:0.00} s | {rows / importTime.TotalSeconds:N0} | {floorTime.TotalSeconds:0.00} s | {rows / floorTime.TotalSeconds:N0} | {importTime / floorTime:0.00}× | {rowsWritten:N0} | {againTime.TotalSeconds:0.00} s: {again.PersonsCreated} created, {again.PersonsUpdated} updated, {persons["persons"]:N0} persons | {passTime.TotalSeconds:0.00} s ({pass.PersonsRead:N0} persons read) | {pass.CandidatesProposed:N0} | {scanTime.TotalSeconds:0.00} s ({scanned:N0} persons, {pairs["duplicate_pairs"]:N0} pairs) | {loadBefore} → {MachineState.LoadAverage()} |");
    }

    /// <summary>The tables an import writes, as the model names them.</summary>
    private static List<string> WrittenTables(ImportDatabase database)
    {
        using var db = database.NewContext();
        return new[] { typeof(SourceList), typeof(Person), typeof(PersonNameForm), typeof(NameSearchKey), typeof(PersonMatchSubject), typeof(PersonMatchKey), typeof(StatusEvent), typeof(Data.Transmissions.Transmission) }
            .Select(t => db.Model.FindEntityType(t)!.GetTableName()!).ToList();
    }

    private static async Task AddPartiesAndPlacesAsync(ImportDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.NewContext();
        var ru = Party.Create("RU", "Russian Federation", PartyKind.ConflictParty);
        var ua = Party.Create("UA", "Ukraine", PartyKind.ConflictParty);
        db.Parties.AddRange(ru, ua, Party.Create("CTA", "Central Tracing Agency", PartyKind.Intermediary));
        db.Places.AddRange(DemoPlaces.HeldByRussia.Select(p => DemoDataSet.Place(p, ru, CyrillicLanguage.Russian)));
        db.Places.AddRange(DemoPlaces.HeldByUkraine.Select(p => DemoDataSet.Place(p, ua, CyrillicLanguage.Ukrainian)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The same parties and places (same ids) in the floor's database, which the loaded rows refer to.</summary>
    private static async Task CopyPartiesAndPlacesAsync(ImportDatabase from, ImportDatabase to, CancellationToken cancellationToken)
    {
        await using var source = from.NewContext();
        await using var target = to.NewContext();
        target.Parties.AddRange(await source.Parties.AsNoTracking().ToListAsync(cancellationToken));
        target.Places.AddRange(await source.Places.AsNoTracking().ToListAsync(cancellationToken));
        await target.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The generator's family enquiries, open, about Ukrainians (most of them in the list, a fifth not).</summary>
    private static async Task AddEnquiriesAsync(ImportDatabase database, IReadOnlyList<MatchRecord> queries, CancellationToken cancellationToken)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var confidential = scope.ServiceProvider.GetRequiredService<EnquiryConfidentialFields>();
        var ua = await db.Parties.Where(p => p.Code == "UA").Select(p => p.Id).SingleAsync(cancellationToken);
        var phone = 0;
        var now = DateTimeOffset.UtcNow;
        foreach (var batch in queries.Chunk(2_000))
        {
            foreach (var query in batch)
            {
                var surname = string.IsNullOrWhiteSpace(query.Surname) ? query.GivenName : query.Surname;
                var givenName = ReferenceEquals(surname, query.GivenName) ? null : query.GivenName;
                var sought = new SoughtPersonDraft(
                    PersonNameParts.Create(surname, givenName, query.Patronymic),
                    query.Sex switch { 'M' => Sex.Male, 'F' => Sex.Female, _ => Sex.Unknown },
                    query.DateOfBirth is { } born ? PartialDate.Create(born.Year, born.Month, born.Day) : null,
                    DependsOnPartyId: ua);
                var draft = new EnquiryDraft(new EnquirerDraft("Family of " + surname, EnquirerRelation.Mother, null, string.Create(CultureInfo.InvariantCulture, $"+380 67 {++phone:0000000}"), null, null, EnquiryLanguage.Ukrainian),
                    sought, new LastNewsDraft(), EnquiryChannel.Phone, LegalBasis.VitalInterest, null, false, null);
                var enquiry = Enquiry.Open(draft, EnquiryReference.NewRandom(), Caseworker, now);
                db.Enquiries.Add(enquiry);
                db.Entry(enquiry).Property<string>(EnquiryService.SearchTextColumn).CurrentValue = EnquiryService.SearchTextOf(enquiry);
                await confidential.SealAsync(enquiry, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
