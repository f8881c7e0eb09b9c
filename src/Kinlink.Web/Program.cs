using System.Globalization;
using Kinlink.Data.Configuration;
using Kinlink.Data.Registry;
using Kinlink.Web.Api;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKinlinkData();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddRazorPages().AddViewLocalization().AddDataAnnotationsLocalization();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainExceptionHandler>();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    Console.WriteLine($"Database: {settings.Describe()}");
    if (app.Configuration.GetValue<bool>("Kinlink:Demo"))
    {
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        Console.WriteLine(seeded ? "Demo mode: seeded the demo data set." : "Demo mode: the database already has data; nothing seeded.");
    }
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization(o =>
{
    string[] cultures = ["en", "uk", "ru"];
    o.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    o.RequestCultureProviders = [
        new QueryStringRequestCultureProvider(),
        new CookieRequestCultureProvider(),
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];
});
app.UseStaticFiles();
app.UseRouting();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health");
app.MapRegistryApi();
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
