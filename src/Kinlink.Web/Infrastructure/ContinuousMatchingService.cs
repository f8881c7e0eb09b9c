using Kinlink.Data.Registry.Duplicates;
using Kinlink.Data.Tracing;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Runs continuous matching in the web server: every few seconds one pass over what changed since the watermark
/// (<see cref="EnquiryMatchingService.RunPassAsync"/>), then the duplicate scans queued by large imports
/// (<see cref="QueuedDuplicateScans"/>). Each server runs it; on PostgreSQL an advisory lock lets one
/// pass run at a time, and a server that finds it held waits for the next round. Off with
/// <c>Kinlink:Matching:Continuous=false</c> (for example on a server that should only answer pages).
/// </summary>
internal sealed partial class ContinuousMatchingService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ContinuousMatchingService> logger) : BackgroundService
{
    public const string EnabledKey = "Kinlink:Matching:Continuous";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            LogDisabled(logger, EnabledKey);
            return;
        }

        // Not on the host's starting thread: the server goes on starting while the first pass runs.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<EnquiryMatchingService>().RunPassAsync(stoppingToken);
                if (result.CandidatesProposed > 0 || result.EnquiriesSearched > 0)
                {
                    LogPass(logger, result.EnquiriesSearched, result.PersonsRead, result.CandidatesProposed, result.Watermark);
                }

                // The duplicate scans of large imported lists, queued by the import (QueuedDuplicateScans).
                var scanned = await scope.ServiceProvider.GetRequiredService<QueuedDuplicateScans>().RunAsync(stoppingToken);
                if (scanned > 0)
                {
                    LogDuplicateScan(logger, scanned);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database briefly unreachable must not stop matching: the watermark keeps the place, the next round goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Continuous matching: {Enquiries} enquiries searched, {Persons} changed persons read, {Candidates} candidates proposed (watermark {Watermark}).")]
    private static partial void LogPass(ILogger logger, int enquiries, int persons, int candidates, long watermark);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued duplicate scans: {Persons} persons of imported lists looked up.")]
    private static partial void LogDuplicateScan(ILogger logger, int persons);

    [LoggerMessage(Level = LogLevel.Information, Message = "Continuous matching off ({Key} is false).")]
    private static partial void LogDisabled(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Continuous matching pass failed; the next round starts again from the watermark.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
