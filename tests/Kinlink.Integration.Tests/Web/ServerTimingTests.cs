using System.Text.RegularExpressions;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Kinlink.Integration.Tests.Web;

/// <summary>The Server-Timing header that the page benchmark reads: sent only when configured.</summary>
public sealed partial class ServerTimingTests
{
    [SkippableFact]
    public async Task The_server_reports_its_time_only_when_configured_to()
    {
        await using var database = TestDatabase.Create(DatabaseKind.Sqlite);
        await using var factory = new KinlinkAppFactory(database);
        using var plain = factory.CreateClient();
        using var unconfigured = await plain.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.False(unconfigured.Headers.Contains("Server-Timing"), "Server-Timing was sent without Kinlink:ServerTiming");

        await using var timedFactory = factory.WithWebHostBuilder(b => b.UseSetting("Kinlink:ServerTiming", "true"));
        using var timed = timedFactory.CreateClient();
        foreach (var path in new[] { "/health", "/Account/SignIn", "/no/such/page" })
        {
            using var response = await timed.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.Headers.TryGetValues("Server-Timing", out var values), $"{path}: no Server-Timing");
            Assert.Matches(AppDuration(), Assert.Single(values));
        }
    }

    [GeneratedRegex(@"^app;dur=\d+(\.\d{1,3})?$")]
    private static partial Regex AppDuration();
}
