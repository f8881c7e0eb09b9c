using Kinlink.Data.Access;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Writes queued audit records after the responses that made them. On a clean shutdown the server first
/// finishes its requests, then this service's StopAsync writes whatever is still queued.
/// </summary>
internal sealed partial class AuditWriter(AuditTrail trail, ILogger<AuditWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await trail.WaitForRecordsAsync(stoppingToken))
                {
                    return;
                }

                await trail.FlushAsync(stoppingToken);
                if (trail.TakeWitnessFailure() is { } witnessFailure)
                {
                    LogWitnessFailed(logger, witnessFailure);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database that is down must not stop the writer: the records stay queued and are tried again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogWriteFailed(logger, ex, trail.Pending);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Not the shutdown token: giving up here would lose entries, and the host waits for this.
        await trail.FlushAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the audit trail failed; {Pending} records stay queued and will be tried again.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit entries were written, but the witness file outside the database could not be moved; it lags until a later batch moves it.")]
    private static partial void LogWitnessFailed(ILogger logger, Exception exception);
}
