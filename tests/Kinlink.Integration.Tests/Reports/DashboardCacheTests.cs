using System.Text.Json;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Reports;

/// <summary>
/// The dashboard with a maximum age of 60 seconds (DashboardCache): a count is served from memory while it is young,
/// still served while a recount runs once it is past half its age, recounted before answering once it is too old, kept
/// apart per party scope, and the page and the JSON say when it was counted.
/// </summary>
public sealed class DashboardCacheTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Figures_are_served_from_memory_within_the_maximum_age_and_recounted_after_it(DatabaseKind kind)
    {
        await using var world = await DashboardWorld.StartAsync(kind);
        await using var cached = Cached(world.App);
        using var caseworker = Client(cached, "caseworker");
        var clock = world.App.Factory.Clock;
        var firstCount = clock.GetUtcNow();

        var first = await DashboardWorld.DashboardAsync(caseworker);
        Assert.Equal(5, Total(first));
        Assert.Equal(firstCount, CountedAt(first));

        await RegisterAsync(world.App, "Петренко");
        clock.Advance(TimeSpan.FromSeconds(20));
        var young = await DashboardWorld.DashboardAsync(caseworker);
        Assert.Equal(5, Total(young));
        Assert.Equal(firstCount, CountedAt(young));

        // The page says when its figures were counted, to the second (Ukrainian: a 24-hour clock, no AM/PM to space).
        var (_, html) = await caseworker.GetPageAsync("/?culture=uk");
        var asOf = HtmlPage.Text(HtmlPage.ElementById(html, "dashboard-as-of") ?? "");
        Assert.Contains("Дані станом на 11.12.2026 09:00:00 UTC.", asOf, StringComparison.Ordinal);
        Assert.Contains("ніколи не старші за 60 с", asOf, StringComparison.Ordinal);
        Assert.Equal("5", HtmlPage.Text(HtmlPage.ElementById(html, "persons-total") ?? ""));

        clock.Advance(TimeSpan.FromSeconds(45));
        var recounted = await DashboardWorld.DashboardAsync(caseworker);
        Assert.Equal(6, Total(recounted));
        Assert.Equal(clock.GetUtcNow(), CountedAt(recounted));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Past_half_its_age_a_count_is_still_served_while_it_is_recounted_in_the_background(DatabaseKind kind)
    {
        await using var world = await DashboardWorld.StartAsync(kind);
        await using var cached = Cached(world.App);
        using var caseworker = Client(cached, "caseworker");
        var clock = world.App.Factory.Clock;
        var firstCount = clock.GetUtcNow();
        Assert.Equal(5, Total(await DashboardWorld.DashboardAsync(caseworker)));

        await RegisterAsync(world.App, "Петренко");
        clock.Advance(TimeSpan.FromSeconds(40));
        var stale = await DashboardWorld.DashboardAsync(caseworker);
        Assert.Equal(5, Total(stale));
        Assert.Equal(firstCount, CountedAt(stale));

        // The recount that request started lands without anyone waiting for it.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement fresh;
        do
        {
            await Task.Delay(100);
            fresh = await DashboardWorld.DashboardAsync(caseworker);
        }
        while (CountedAt(fresh) == firstCount && DateTime.UtcNow < deadline);

        Assert.Equal(firstCount.AddSeconds(40), CountedAt(fresh));
        Assert.Equal(6, Total(fresh));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_partys_officer_never_gets_the_intermediarys_figures_from_memory(DatabaseKind kind)
    {
        await using var world = await DashboardWorld.StartAsync(kind);
        await using var cached = Cached(world.App);
        using var caseworker = Client(cached, "caseworker");
        using var ruOfficer = Client(cached, "liaison-officer", "RU");
        using var uaOfficer = Client(cached, "liaison-officer", "UA");

        Assert.Equal(5, Total(await DashboardWorld.DashboardAsync(caseworker)));

        var ru = await DashboardWorld.DashboardAsync(ruOfficer);
        // Smith, held by UA and no national of RU, is not RU's to see; nor is any of the intermediary's own work.
        Assert.Equal(4, Total(ru));
        foreach (var section in new[] { "enquiries", "visits", "mail", "exchanges" })
        {
            Assert.Equal(JsonValueKind.Null, ru.GetProperty(section).ValueKind);
        }

        var (_, html) = await ruOfficer.GetPageAsync("/?culture=en");
        Assert.Equal("4", HtmlPage.Text(HtmlPage.ElementById(html, "persons-total") ?? ""));
        Assert.Null(HtmlPage.ElementById(html, "enquiries-heading"));

        // UA holds Ivanov and Smith and has its own two nationals held by RU.
        Assert.Equal(4, Total(await DashboardWorld.DashboardAsync(uaOfficer)));
        Assert.Equal(4, Total(await DashboardWorld.DashboardAsync(ruOfficer)));
        var intermediary = await DashboardWorld.DashboardAsync(caseworker);
        Assert.Equal(5, Total(intermediary));
        Assert.Equal(JsonValueKind.Object, intermediary.GetProperty("enquiries").ValueKind);
    }

    private static WebApplicationFactory<Program> Cached(AppFixture app) =>
        app.Factory.WithWebHostBuilder(b => b.UseSetting("Kinlink:Dashboard:MaximumAgeSeconds", "60"));

    private static HttpClient Client(WebApplicationFactory<Program> factory, string role, string? party = null) =>
        AppFixture.SignedIn(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), role, party);

    private static async Task RegisterAsync(AppFixture app, string surname)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonService>()
            .RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = "Іван", DependsOn = "UA" }, Actor.System);
    }

    private static int Total(JsonElement dashboard) => dashboard.GetProperty("persons").GetProperty("total").GetInt32();

    private static DateTimeOffset CountedAt(JsonElement dashboard) => dashboard.GetProperty("countedAt").GetDateTimeOffset();
}
