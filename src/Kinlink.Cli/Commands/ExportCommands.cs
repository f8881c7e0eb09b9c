using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink export persons --out FILE [--party P]</c>.</summary>
internal static class ExportCommands
{
    private const string StandardOutput = "-";

    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var output = new Option<string>("--out")
        {
            Description = "File to write the CSV to, or - for standard output. The file is replaced only once the export is complete.",
            HelpName = "file",
            Required = true,
        };
        var party = new Option<string?>("--party")
        {
            Description = "Only persons who depend on this party, such as RU or UA. Default: everyone.",
        };

        var persons = new Command("persons", "Export persons as CSV in the import columns, so the file imports again unchanged.");
        persons.Options.Add(output);
        persons.Options.Add(party);
        persons.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(output)!;
            var partyCode = parseResult.GetValue(party);
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var exporter = scope.ServiceProvider.GetRequiredService<ExportService>();
            if (target == StandardOutput)
            {
                int written;
                await using (var stream = new TextWriterStream(console.Out))
                {
                    written = await exporter.ExportPersonsAsync(stream, partyCode, CliActor.Current, cancellationToken);
                }

                // The data went to standard output; the count goes where it cannot end up inside the CSV.
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {written} persons."));
                return ExitCodes.Ok;
            }

            var path = Path.GetFullPath(target);
            var count = await ExportToFileAsync(exporter, path, partyCode, cancellationToken);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} persons to {path}."));
            return ExitCodes.Ok;
        });

        var export = new Command("export", "Export data as files.");
        export.Subcommands.Add(persons);
        return export;
    }

    /// <summary>Writes beside the target and moves into place, so a failed export never leaves half a file under the name asked for.</summary>
    private static async Task<int> ExportToFileAsync(ExportService exporter, string path, string? partyCode, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder {folder} does not exist.");
        }

        var partial = path + ".partial";
        try
        {
            int count;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                count = await exporter.ExportPersonsAsync(stream, partyCode, CliActor.Current, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
            return count;
        }
        catch
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }

            throw;
        }
    }
}
