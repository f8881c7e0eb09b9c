using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Registry.Duplicates;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink duplicates scan</c>.</summary>
internal static class DuplicatesCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var scan = new Command("scan", "Compare every person of the registry with every other and store the likely and possible duplicate pairs for the caseworkers' worklist. A pair dismissed as two persons is not proposed again unless one of them changed since.");
        scan.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<DuplicateScanService>().ScanAllAsync(CliActor.Current, cancellationToken);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Scanned {result.RegistryPersons:N0} persons in {result.Elapsed.TotalSeconds:0.0} s: {result.PairsFound:N0} pairs found, {result.PairsNew:N0} new, {result.PairsReopened:N0} back for review; {result.LikelyOpen:N0} likely pairs wait for a decision."));
            return ExitCodes.Ok;
        });

        var duplicates = new Command("duplicates", "Find records of the same person in the registry.");
        duplicates.Subcommands.Add(scan);
        return duplicates;
    }
}
