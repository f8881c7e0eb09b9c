using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>Tokens made through the service and clients that present them, as a machine client would: no cookies, no test headers.</summary>
internal static class ApiTokenTestKit
{
    public static readonly Actor Administrator = new("admin@test.example", null);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<CreatedApiToken> CreateTokenAsync(AppFixture app, string email, string name, int? days = null)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(Administrator, email, name, days);
    }

    public static HttpClient Bearer(this AppFixture app, string token)
    {
        var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A Ukrainian held by Russia, a third-country national held by Russia, and one held by Ukraine (whom a UA officer sees: the first and the last).</summary>
    public static async Task SeedPersonsAsync(AppFixture app)
    {
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var intermediary = app.CreateClient();
        foreach (var (surname, dependsOn, place) in new[] { ("Коваленко", "UA", TestRegistry.CampRu), ("Smith", null, TestRegistry.CampRu), ("Jones", null, TestRegistry.CampUa) })
        {
            var created = await (await intermediary.PostAsJsonAsync("/api/persons", new { surname, givenName = "Test", dependsOn })).Content.ReadFromJsonAsync<JsonElement>(Json);
            var reference = created.GetProperty("reference").GetString()!;
            (await intermediary.PostAsJsonAsync($"/api/persons/{reference}/events", new { @event = new { kind = "captured", date = "2025-05-01", place } })).EnsureSuccessStatusCode();
        }
    }

    public static async Task<List<string>> SurnamesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/persons?pageSize=50", Json)).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("surname").GetString()!).Order(StringComparer.Ordinal).ToList();

    public static string WwwAuthenticate(this HttpResponseMessage response) => string.Join(" ", response.Headers.WwwAuthenticate.Select(h => h.ToString()));
}
