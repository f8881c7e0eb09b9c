using Kinlink.Data.Configuration;
using Kinlink.Data.Registry.Matching;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Loads the server's resident match index after start-up, without holding the start-up up (searches read the
/// stored keys meanwhile), then keeps it current every few seconds when no search does, so that the first search
/// after a large import does not pay for applying it. Off with <c>Kinlink:Matching:ResidentIndex=false</c>, for a
/// server short of memory: about 1.5 GB at a million persons (docs/benchmarks.md).
/// </summary>
internal sealed partial class ResidentIndexLoader(ResidentMatchIndex index, DatabaseSettings settings, IConfiguration configuration, ILogger<ResidentIndexLoader> logger) : BackgroundService
{
    public const string EnabledKey = "Kinlink:Matching:ResidentIndex";

    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            LogDisabled(logger, EnabledKey);
            return;
        }

        // The host runs this method on its starting thread up to the first real wait, and reading a SQLite file
        // seldom waits: yield first, so that the server goes on starting and listening while the index loads.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!index.IsReady)
                {
                    await index.LoadAsync(stoppingToken);
                    var (duration, subjects) = index.LoadStatistics!.Value;
                    LogLoaded(logger, subjects, duration.TotalSeconds);
                }
                else
                {
                    await using var db = DataServiceCollectionExtensions.CreateContext(settings);
                    await index.RefreshAsync(db, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database that is briefly unreachable must not stop the loader: searches read the stored keys meanwhile.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(RefreshInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resident match index loaded: {Subjects} persons in {Seconds:F1} s.")]
    private static partial void LogLoaded(ILogger logger, int subjects, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resident match index off ({Key} is false): searches read the stored keys.")]
    private static partial void LogDisabled(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resident match index could not be loaded or refreshed; searches read the stored keys until it is.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
