using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink audit verify</c>.</summary>
internal static class AuditCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var verify = new Command("verify", "Recompute the audit trail's chain of MACs from the first entry and report the first broken link. Exit code 1 when broken.");
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<AuditReader>().VerifyAsync(cancellationToken);
            if (result.Intact)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail intact: {result.Entries} entries"));
                return ExitCodes.Ok;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail broken at entry {result.BrokenAt}: {result.Reason}"));
            return ExitCodes.Failed;
        });

        var audit = new Command("audit", "The audit trail of reads and changes of persons' records.");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
