using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kinlink.Data.Access;
using Kinlink.Data.Configuration;
using Kinlink.Data.Registry;
using Kinlink.Web;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKinlinkData();
builder.Services.AddKinlinkKeys(builder.Configuration);
builder.Services.AddHostedService<Kinlink.Web.Infrastructure.ResidentIndexLoader>();
builder.Services.AddHostedService<Kinlink.Web.Infrastructure.ContinuousMatchingService>();
builder.Services.AddKinlinkSignIn();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddRazorPages().AddViewLocalization().AddDataAnnotationsLocalization();
// Cyrillic is written as UTF-8 rather than as &#x...; entities (two bytes a letter instead of seven): it matters on slow links.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainExceptionHandler>();
// In every environment, not only in Development: a request the endpoint cannot bind reaches the handler above and is
// answered with a problem naming the field, instead of a bare 400.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddKinlinkSignInRateLimit();
builder.Services.AddKinlinkPublicEnquiryRateLimit();
// Behind a TLS-terminating proxy the app must see the client's scheme (for Secure cookies) and address (for the
// sign-in limit). Loopback proxies are trusted by default; others are listed in Kinlink:KnownProxies.
builder.Services.Configure<ForwardedHeadersOptions>(o =>
{
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("Kinlink:KnownProxies").Get<string[]>() ?? [])
    {
        o.KnownProxies.Add(System.Net.IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new InvalidOperationException($"Kinlink:KnownProxies: '{proxy}' is not an IP address."));
    }
});

var app = builder.Build();
MessageTranslator.LogGapsTo(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<MessageTranslator>());

await using (var scope = app.Services.CreateAsyncScope())
{
    var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    Console.WriteLine($"Database: {settings.Describe()}");
    await KeyRingBootstrap.EnsureKeyAsync(
        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>(),
        scope.ServiceProvider.GetRequiredService<Kinlink.Data.Persistence.KinlinkDbContext>());
    // A database restored without its keys must not start: new entries would be chained with a key that never verifies.
    try
    {
        await scope.ServiceProvider.GetRequiredService<AuditReader>().EnsureKeysFitAsync();
    }
    catch (InvalidOperationException refusal)
    {
        await Console.Error.WriteLineAsync($"Kinlink will not start: {refusal.Message}");
        throw;
    }
    if (app.Configuration.GetValue<bool>("Kinlink:Demo"))
    {
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        Console.WriteLine(seeded ? "Demo mode: seeded the demo data set." : "Demo mode: the database already has data; nothing seeded.");
        await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedIfEmptyAsync();
        PrintDemoSignIns();
    }
}

if (app.Configuration.GetValue<bool>(ServerTiming.EnabledKey))
{
    app.UseMiddleware<ServerTiming>();
}

app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeaders>();
if (!app.Environment.IsDevelopment())
{
    // Only on HTTPS requests, and never for localhost: a plain-HTTP field laptop is not locked out of itself.
    app.UseHsts();
}

app.UseExceptionHandler();
// Before the status code pages, so a re-executed error page keeps the reader's language.
app.UseRequestLocalization(o =>
{
    string[] cultures = [.. UiCultures.All];
    o.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    o.RequestCultureProviders = [
        new QueryStringRequestCultureProvider(),
        new CookieRequestCultureProvider(),
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];
});
// Pages get a friendly error page in the reader's language; the API keeps its ProblemDetails answers.
app.UseWhen(IsApiRequest, api => api.UseStatusCodePages());
app.UseWhen(context => !IsApiRequest(context), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
app.UseStaticFiles(); // before authorization: stylesheets are public, the sign-in page needs them
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<AccountGate>();
app.UseAuthorization();
app.UseMiddleware<AuditRequestMiddleware>();

app.MapOpenApi().AllowPublicAccess("The API description holds no data, and clients read it before they have a token.");
// A fresh nonce on each answer lets the reference's own start-up script run under the Content-Security-Policy;
// its default fonts would come from Scalar's servers, which the policy (and a field office's link) does not allow.
app.MapScalarApiReference(o => o.WithNonce().DisableDefaultFonts()).AllowPublicAccess("The browsable API reference shows only the API description, no data.");
app.MapHealthChecks("/health").AllowPublicAccess("Load balancers and probes check health without an account; the answer holds no data.");
app.MapRegistryApi();
app.MapPersonMatchApi();
app.MapTransmissionsApi();
app.MapDuplicatesApi();
app.MapEnquiriesApi();
app.MapEnquiryCasesApi();
app.MapEnquiryMatchingApi();
app.MapEnquiryInterchangeApi();
app.MapVisitRequestsApi();
app.MapVisitsApi();
app.MapVisitCoverageApi();
app.MapMailParcelsApi();
app.MapExchangesApi();
app.MapMailAuthorityApi();
app.MapMailReportsApi();
app.MapDeathsApi();
app.MapMedicalCasesApi();
app.MapMessagesApi();
app.MapJudicialApi();
app.MapDashboardApi();
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Kinlink is running at {address}  (API reference: {address}/scalar)"));
    }
});

await app.RunAsync();

static bool IsApiRequest(HttpContext context) => AccountGate.IsApi(context.Request.Path);

static void PrintDemoSignIns()
{
    Console.WriteLine($"Demo mode sign-ins (demo only; every account's password is {DemoAccounts.Password}):");
    foreach (var account in DemoAccounts.All)
    {
        var secret = account.AuthenticatorKey is { } key ? $"  two-factor key {key}" : "";
        Console.WriteLine($"  {account.Email,-28} {account.Role,-16} {account.PartyCode ?? "intermediary",-12}{secret}".TrimEnd());
    }
}
