using System.Collections.Concurrent;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Reports;

/// <summary>
/// The app on the demo world, one per provider, shared by a test class: the demo has every kind of row the reports
/// hold (ten thousand persons, so the persons report spans many pages), and the tests only read it.
/// </summary>
public sealed class ReportWorldFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseKind, Lazy<AppFixture>> _apps = new();

    public AppFixture App(DatabaseKind kind)
    {
        return _apps.GetOrAdd(kind, k => new Lazy<AppFixture>(() => AppFixture.Start(k, demo: true))).Value;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await app.Value.DisposeAsync();
        }
    }
}
