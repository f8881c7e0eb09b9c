using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink import persons FILE --party P --source S</c>.</summary>
internal static class ImportCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "The list to import: CSV (UTF-8) or XLSX with the import columns.",
        }.AcceptExistingOnly();
        var party = new Option<string>("--party")
        {
            Description = "Code of the detaining party that sent the list, such as RU or UA.",
            Required = true,
        };
        var source = new Option<string>("--source")
        {
            Description = "What the list is, in words, such as \"Notification list RU 2026-11\"; every name and event keeps it.",
            Required = true,
        };

        var persons = new Command("persons", "Import a list of persons and their events. Rejected rows are reported with line, column and reason; the other rows are stored.");
        persons.Arguments.Add(file);
        persons.Options.Add(party);
        persons.Options.Add(source);
        persons.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var importer = scope.ServiceProvider.GetRequiredService<ImportService>();
            ImportReport report;
            await using (var content = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true))
            {
                report = await importer.ImportPersonsAsync(content, path.Name, parseResult.GetValue(party)!, parseResult.GetValue(source)!, CliActor.Current, cancellationToken);
            }

            Present(report, console);
            if (report.SourceListId is null)
            {
                console.Fail($"Nothing was stored from {path.Name}.");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });

        var import = new Command("import", "Import lists sent by the parties.");
        import.Subcommands.Add(persons);
        return import;
    }

    private static void Present(ImportReport report, CliConsole console)
    {
        var output = console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.FileName} ({report.PartyCode}, \"{report.Source}\"): {report.RowsTotal} rows, {report.RowsAccepted} accepted, {report.RowsRejected} rejected."));
        if (report.SourceListId is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Persons created: {report.PersonsCreated}, updated: {report.PersonsUpdated}; events added: {report.EventsAdded}."));
        }

        foreach (var error in report.Errors)
        {
            output.WriteLine(Describe(error));
        }
    }

    /// <summary>"line 7, column date_of_birth: reason"; line 0 is the file as a whole.</summary>
    public static string Describe(ImportRowError error)
    {
        var where = error.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {error.Line}") : "file";
        if (!string.IsNullOrEmpty(error.Column))
        {
            where += $", column {error.Column}";
        }

        return $"{where}: {CliConsole.OneLine(error.Reason)}";
    }
}
