using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Matching;

/// <summary>Persons for the name-search tests, registered through the API, and the keys stored for them.</summary>
internal static class PersonMatchTestKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object Person(string surname, string given, string patronymic, string? dateOfBirth, string? dependsOn = "UA", string? placeOfBirth = null, string sex = "M") => new
    {
        surname,
        givenName = given,
        patronymic,
        sex,
        dateOfBirth,
        placeOfBirth,
        category = "pow",
        dependsOn,
    };

    /// <returns>The new person's id and reference.</returns>
    public static async Task<(Guid Id, string Reference)> RegisterAsync(HttpClient client, object person)
    {
        var created = await client.PostAsJsonAsync("/api/persons", person);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        return (body.GetProperty("id").GetGuid(), body.GetProperty("reference").GetString()!);
    }

    /// <summary>
    /// The issue's list record among namesakes and near namesakes, so that being first means something.
    /// </summary>
    public static async Task<(Guid Id, string Reference)> RegisterIssueExampleAsync(HttpClient client)
    {
        var target = await RegisterAsync(client, Person("Коваленко", "Александр", "Николаевич", "1994-03-12", placeOfBirth: "Харьков"));
        await RegisterAsync(client, Person("Коваленко", "Алексей", "Николаевич", "1994-07-01"));
        await RegisterAsync(client, Person("Коваленко", "Александр", "Петрович", "1971-02-03"));
        await RegisterAsync(client, Person("Коваль", "Петро", "Миколайович", "1994-03-12"));
        await RegisterAsync(client, Person("Шевченко", "Олександр", "Миколайович", "1994-05-05"));
        await RegisterAsync(client, Person("Kovalchuk", "Oleksandr", "", "1993"));
        await RegisterAsync(client, Person("Мельник", "Сергей", "Иванович", "1988-10-10"));
        return target;
    }

    public static async Task<HashSet<long>> StoredKeysAsync(AppFixture app, Guid personId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var id = new PersonId(personId);
        return (await db.PersonMatchKeys.Where(k => db.PersonMatchSubjects.Any(s => s.Number == k.Number && s.PersonId == id)).Select(k => k.Key).ToListAsync()).ToHashSet();
    }

    /// <summary>The keys the person's stored name forms and fields should give, computed afresh.</summary>
    public static async Task<HashSet<long>> ExpectedKeysAsync(AppFixture app, Guid personId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var id = new PersonId(personId);
        var person = await db.Persons.AsNoTracking().Include(p => p.NameForms).SingleAsync(p => p.Id == id);
        return MatchKeyCalculator.For(person).Keys;
    }

    /// <summary>The person's prepared name forms as stored, or null when the person has no subject row.</summary>
    public static async Task<string?> StoredFormsAsync(AppFixture app, Guid personId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var id = new PersonId(personId);
        return await db.PersonMatchSubjects.Where(s => s.PersonId == id).Select(s => s.Forms).SingleOrDefaultAsync();
    }

    /// <summary>The prepared name forms the person's stored forms and fields should give, computed afresh.</summary>
    public static async Task<string> ExpectedFormsAsync(AppFixture app, Guid personId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var id = new PersonId(personId);
        var person = await db.Persons.AsNoTracking().Include(p => p.NameForms).SingleAsync(p => p.Id == id);
        return MatchKeyCalculator.For(person).Forms;
    }

    public static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/persons/search?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public static string Q(string name) => "q=" + Uri.EscapeDataString(name);
}
