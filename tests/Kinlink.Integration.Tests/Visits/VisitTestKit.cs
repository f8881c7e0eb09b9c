using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

/// <summary>A registry with persons held in RU-CAMP-01 and visit requests answered as a test needs, for the visit tests.</summary>
internal static class VisitTestKit
{
    /// <summary>The app's clock reads 2026-11-27; visits are recorded for days before it.</summary>
    public const string VisitDay = "2026-11-20";

    public static async Task<(AppFixture App, string[] Persons)> StartAsync(DatabaseKind kind, params string[] surnames)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var references = new List<string>();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        foreach (var surname in surnames.Length == 0 ? ["Коваленко", "Шевченко", "Бондаренко"] : surnames)
        {
            var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = "Олександр", DateOfBirth = "1990-03-04", DependsOn = "UA" }, Actor.System);
            await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2025-05-01", Place = TestRegistry.CampRu }, null, Actor.System);
            references.Add(person.Reference.Value);
        }

        return (app, references.ToArray());
    }

    /// <summary>A request for RU-CAMP-01 naming the persons, answered by RU: accepted for <paramref name="accepted"/>, refused for the others.</summary>
    public static async Task<string> AnsweredRequestAsync(AppFixture app, IReadOnlyList<string> persons, IReadOnlyCollection<string> accepted, VisitRequestStatus? outcome = null)
    {
        await using var db = app.Database.NewContext();
        var place = await db.Places.SingleAsync(p => p.Code == TestRegistry.CampRu);
        var ids = new List<PersonId>();
        foreach (var reference in persons)
        {
            var parsed = IntermediaryReference.Parse(reference);
            ids.Add(await db.Persons.Where(p => p.Reference == parsed).Select(p => p.Id).SingleAsync());
        }

        var asked = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var request = VisitRequest.Create(
            new VisitRequestDraft(place.HoldingPartyId, place.Id, new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 25), "Never visited", VisitPriority.High,
                ids.Select(id => new RequestedPerson(id, VisitPersonReason.Named)).ToList()),
            new Actor("caseworker@test.example", null), asked);
        var answers = ids.Select((id, i) => new PersonAnswerDraft(id, accepted.Contains(persons[i]) ? VisitPersonAnswer.Accepted : VisitPersonAnswer.Refused,
            accepted.Contains(persons[i]) ? null : "Under investigation")).ToList();
        var result = outcome ?? (accepted.Count == persons.Count ? VisitRequestStatus.Accepted : accepted.Count == 0 ? VisitRequestStatus.Refused : VisitRequestStatus.PartlyAccepted);
        request.Answer(new VisitRequestAnswerDraft(result, result == VisitRequestStatus.Refused ? null : asked.AddDays(19), null, "As answered", answers),
            new Actor("liaison-officer.ru@test.example", "RU"), asked.AddDays(2));
        db.VisitRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Reference;
    }

    public static object VisitBody(string? request = null, bool privateInterviews = true) => new
    {
        place = TestRegistry.CampRu,
        request,
        startedOn = VisitDay,
        endedOn = "2026-11-21",
        delegates = new[] { "Anna Keller", "Ivan Petrenko (interpreter)" },
        allPlacesSeen = true,
        privateInterviewsAllowed = privateInterviews,
        detaineeListProvided = false,
        accessNotes = "The kitchen was not shown.",
    };

    public static async Task<JsonElement> CreateVisitAsync(HttpClient client, string? request = null, bool privateInterviews = true)
    {
        var response = await client.PostAsJsonAsync("/api/visits", VisitBody(request, privateInterviews));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task CreateAccountAsync(AppFixture app, string email, string role)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(email, role, null, Access.AccountsTestKit.Password);
    }

    /// <summary>A request's entry lists every action it took, comma-separated.</summary>
    public static bool Has(AuditEntry entry, string action) => entry.Action.Split(',').Contains(action);

    public static string[] Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
}
