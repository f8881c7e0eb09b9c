using Kinlink.Data.Configuration;
using Kinlink.Data.Registry.Matching;

namespace Kinlink.Bench;

/// <summary>
/// Kinlink's search on one seeded database, both ways a caller meets it: reading the stored keys per search (the
/// command line) and on the server's resident index, loaded from the same database first.
/// </summary>
public sealed class DatabaseEngines : IAsyncDisposable
{
    private readonly ResidentMatchIndex _resident;

    private DatabaseEngines(DatabaseEngine stored, DatabaseEngine server, ResidentMatchIndex resident, TimeSpan residentLoad, double residentMemoryMegabytes)
    {
        Stored = stored;
        Server = server;
        _resident = resident;
        ResidentLoad = residentLoad;
        ResidentMemoryMegabytes = residentMemoryMegabytes;
    }

    public DatabaseEngine Stored { get; }

    public DatabaseEngine Server { get; }

    public TimeSpan ResidentLoad { get; }

    public double ResidentMemoryMegabytes { get; }

    /// <param name="neverLoaded">A resident index that is never loaded, so that the search reads the stored keys.</param>
    public static async Task<DatabaseEngines> OpenAsync(string label, DatabaseSettings settings, ResidentMatchIndex neverLoaded, int size, TextWriter log, CancellationToken cancellationToken)
    {
        var stored = await DatabaseEngine.OpenAsync($"Kinlink on {label} (stored keys)", settings, DatabaseSearchBinding.With(neverLoaded), cancellationToken);
        if (stored.Persons != size)
        {
            log.WriteLine($"  warning: the {label} database holds {stored.Persons:N0} scale-seeded persons, not --size {size:N0}: its records differ from the generated ones");
        }

        var heapBefore = MachineState.ManagedHeapMegabytes();
        var resident = new ResidentMatchIndex(() => DataServiceCollectionExtensions.CreateContext(settings));
        await resident.LoadAsync(cancellationToken);
        var load = resident.LoadStatistics!.Value.Duration;
        var memory = MachineState.ManagedHeapMegabytes() - heapBefore;
        log.WriteLine($"  resident index loaded from {label} in {load.TotalSeconds:0.0} s, {memory:N0} MB managed; load {MachineState.LoadAverage()}");
        var server = await DatabaseEngine.OpenAsync($"Kinlink server on {label} (resident index)", settings, DatabaseSearchBinding.With(resident), cancellationToken);
        return new DatabaseEngines(stored, server, resident, load, memory);
    }

    public async ValueTask DisposeAsync()
    {
        await Stored.DisposeAsync();
        await Server.DisposeAsync();
        _resident.Dispose();
    }
}
