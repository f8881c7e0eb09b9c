using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Testing;

/// <summary>
/// The real web app on a test database, with a fake clock; demo data off unless asked for. A request with
/// an X-Test-User header is signed in by <see cref="TestAuthHandler"/>; any other goes through the app's own sign-in (cookie, or an API token on /api).
/// </summary>
public sealed class KinlinkAppFactory(TestDatabase database, bool demo = false, string? keysDirectory = null) : WebApplicationFactory<Program>
{
    /// <summary>
    /// A key store of its own unless given one (to start a second app on the same keys): the audit witness in it
    /// belongs to one database, as in a real deployment.
    /// </summary>
    public string KeysDirectory { get; } = keysDirectory ?? TestKeys.NewDirectory();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private const string TestOrCookie = "TestOrCookie";

    // Each host otherwise watches its configuration files with inotify, and a run that starts hundreds of hosts reaches
    // Linux's per-user limit of inotify instances (128 by default): hosts started after that answer 500. Polling watchers
    // use none. Set before the first host is built, which reads it when it creates its file providers.
    static KinlinkAppFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.ProviderName);
        builder.UseSetting("ConnectionStrings:Kinlink", Database.ConnectionString);
        builder.UseSetting("Kinlink:DataDirectory", Path.Combine(Path.GetTempPath(), "kinlink-tests"));
        builder.UseSetting("Kinlink:Demo", demo ? "true" : "false");
        builder.UseSetting("Kinlink:KeysDirectory", KeysDirectory);
        // The test server and the browser tests' Kestrel speak plain HTTP, as a loopback field laptop does.
        builder.UseSetting("Kinlink:AllowInsecureCookies", "true");
        // Every test client posts from the same loopback address; the tests of the limit itself set a low one.
        builder.UseSetting("Kinlink:SignInRateLimit:PermitLimit", "100000");
        // Tests run matching passes themselves (EnquiryMatchingService.RunPassAsync), so that what a pass found is known.
        builder.UseSetting("Kinlink:Matching:Continuous", "false");
        builder.UseSetting("Kinlink:PublicEnquiry:FilingPermitLimit", "100000");
        builder.UseSetting("Kinlink:PublicEnquiry:StatusPermitLimit", "100000");
        // The dashboard tests compare its figures with the lists at once; DashboardCacheTests set an age of their own.
        builder.UseSetting("Kinlink:Dashboard:MaximumAgeSeconds", "0");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { })
                .AddPolicyScheme(TestOrCookie, TestOrCookie, o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestAuthHandler.UserHeader) ? TestAuthHandler.SchemeName : SignInSetup.CookieOrApiToken);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestOrCookie;
                o.DefaultAuthenticateScheme = TestOrCookie;
                o.DefaultChallengeScheme = TestOrCookie;
                o.DefaultForbidScheme = TestOrCookie;
            });
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (keysDirectory is null && Directory.Exists(KeysDirectory))
        {
            try
            {
                Directory.Delete(KeysDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner, as TestDatabase does.
            }
        }
    }
}
