using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Tracing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink tracing rematch</c>.</summary>
internal static class TracingCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var rematch = new Command("rematch", "Run one pass of continuous matching now, as the web server does every few seconds: search the registry for enquiries not yet searched, then score every person changed since the last pass against the open enquiries sharing a key with it, and propose the new candidates for review.");
        rematch.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<EnquiryMatchingService>().RunPassAsync(cancellationToken);
            console.Out.WriteLine(result.Busy
                ? "Another server is running a matching pass; nothing was done. Try again in a few seconds."
                : string.Create(CultureInfo.InvariantCulture,
                    $"{result.EnquiriesSearched:N0} enquiries searched, {result.PersonsRead:N0} changed persons read, {result.CandidatesProposed:N0} candidates proposed for review (watermark {result.Watermark})."));
            return ExitCodes.Ok;
        });

        var tracing = new Command("tracing", "Family enquiries: matching against the registry.");
        tracing.Subcommands.Add(rematch);
        return tracing;
    }
}
