using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Data.Tracing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink tracing rematch</c>, <c>kinlink tracing export-pfif --out FILE [--since T] [--include-contact-details]</c> and <c>kinlink tracing import-pfif FILE</c>.</summary>
internal static class TracingCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var rematch = new Command("rematch", "Run one pass of continuous matching now, as the web server does every few seconds: search the registry for enquiries not yet searched, then score every person changed since the last pass against the open enquiries sharing a key with it, and propose the new candidates for review; then look up the persons of large imported lists still queued for a duplicate scan.");
        rematch.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<EnquiryMatchingService>().RunPassAsync(cancellationToken);
            console.Out.WriteLine(result.Busy
                ? "Another server is running a matching pass; nothing was done. Try again in a few seconds."
                : string.Create(CultureInfo.InvariantCulture,
                    $"{result.EnquiriesSearched:N0} enquiries searched, {result.PersonsRead:N0} changed persons read, {result.CandidatesProposed:N0} candidates proposed for review (watermark {result.Watermark})."));
            // As the server's round: then the duplicate scans that large imports queued.
            var scanned = await scope.ServiceProvider.GetRequiredService<QueuedDuplicateScans>().RunAsync(cancellationToken);
            if (scanned > 0)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scanned:N0} persons of imported lists looked up for duplicates."));
            }

            return ExitCodes.Ok;
        });

        var tracing = new Command("tracing", "Family enquiries: matching against the registry, and exchange with other tracing services in PFIF 1.4.");
        tracing.Subcommands.Add(rematch);
        tracing.Subcommands.Add(ExportCommand(globals, console));
        tracing.Subcommands.Add(ImportCommand(globals, console));
        return tracing;
    }

    private static Command ExportCommand(GlobalOptions globals, CliConsole console)
    {
        var output = new Option<string>("--out")
        {
            Description = "File to write the PFIF 1.4 XML to. The file is replaced only once the export is complete.",
            HelpName = "file",
            Required = true,
        };
        var since = new Option<string?>("--since")
        {
            Description = "Only enquiries taken after this UTC time (YYYY-MM-DDThh:mm:ssZ or YYYY-MM-DD). Default: all.",
        };
        var contacts = new Option<bool>("--include-contact-details")
        {
            Description = "Also write each enquirer's name, email and phone (PFIF author fields). Default: left out; only when the receiving service must answer the family itself.",
        };
        var command = new Command("export-pfif", "Export every enquiry as a PFIF 1.4 person record with a note for its status.");
        command.Options.Add(output);
        command.Options.Add(since);
        command.Options.Add(contacts);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(output)!);
            DateTimeOffset? after = null;
            if (parseResult.GetValue(since) is { Length: > 0 } text)
            {
                after = PfifInterchange.TryParseTime(text, out var at) ? at
                    : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                        : throw new Domain.Common.ValidationFailedException("--since", $"'{text}' is not a time: use YYYY-MM-DDThh:mm:ssZ (UTC) or YYYY-MM-DD.");
            }

            var folder = Path.GetDirectoryName(path);
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The folder {folder} does not exist.");
            }

            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var exporter = scope.ServiceProvider.GetRequiredService<PfifExportService>();
            var partial = path + ".partial";
            int count;
            try
            {
                await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
                {
                    count = await exporter.ExportAsync(stream, new PfifExportOptions(after, parseResult.GetValue(contacts)), CliActor.Current, cancellationToken);
                }

                File.Move(partial, path, overwrite: true);
            }
            catch
            {
                File.Delete(partial);
                throw;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} enquiries as PFIF 1.4 to {path}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ImportCommand(GlobalOptions globals, CliConsole console)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "A PFIF 1.4 XML document (pfif:person records, with their pfif:note records nested or beside them).",
        }.AcceptExistingOnly();
        var command = new Command("import-pfif", "Import PFIF 1.4 person records as enquiries. Refused records are reported with their id, field and line; the others are stored; records imported before are skipped.");
        command.Arguments.Add(file);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            PfifImportReport report;
            await using (var content = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true))
            {
                report = await scope.ServiceProvider.GetRequiredService<PfifImportService>().ImportAsync(content, CliActor.Current, cancellationToken);
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path.Name}: {report.PersonRecords} person records, {report.Imported.Count} imported, {report.Skipped.Count} already imported, {report.Errors.Select(e => e.PersonRecordId).Distinct().Count()} refused."));
            foreach (var record in report.Imported)
            {
                console.Out.WriteLine($"imported {record.PersonRecordId} as {record.EnquiryReference}");
            }

            foreach (var record in report.Skipped)
            {
                console.Out.WriteLine($"skipped {record.PersonRecordId}: already imported as {record.EnquiryReference}");
            }

            foreach (var error in report.Errors)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"line {error.Line}, record {error.PersonRecordId ?? "(no id)"}, field {error.Field ?? "-"}: {CliConsole.OneLine(error.Message)}"));
            }

            return report.Errors.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
