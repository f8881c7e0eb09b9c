using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

/// <summary>
/// The visits' part of the route matrix (Access/RouteMatrixTests): a visit with a person, wishes and findings ({visit}),
/// a follow-up on it ({follow-up}), and the bodies and forms of its routes, valid so that "allow" means success.
/// </summary>
internal static class VisitMatrixKit
{
    private const string Day = "2026-11-20";

    public static async Task SeedAsync(IServiceProvider services, IDictionary<string, string> placeholders)
    {
        await using var scope = services.CreateAsyncScope();
        // Follow-ups are owned by accounts; the matrix's principals act under these names.
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var role in new[] { "admin", "caseworker", "delegate" })
        {
            await accounts.CreateUserAsync($"{role}@test.example", role, null, Access.AccountsTestKit.Password);
        }

        var visits = scope.ServiceProvider.GetRequiredService<VisitService>();
        var actor = new Actor("delegate@test.example", null);
        var visit = await visits.CreateAsync(new VisitInput { Place = TestRegistry.CampRu, StartedOn = Day, Delegates = ["Anna Keller"], PrivateInterviewsAllowed = true }, actor);
        await visits.RecordPersonAsync(visit.Reference, new VisitPersonInput { Person = placeholders["{person-ua-held-by-ru}"], Seen = true, MessagesToSend = "To my mother: I am well" }, actor);
        var followUp = await scope.ServiceProvider.GetRequiredService<VisitFollowUpService>().CreateAsync(visit.Reference,
            new VisitFollowUpInput { Kind = "other", Description = "Matrix follow-up", Owner = "delegate@test.example", DueOn = "2026-12-01" }, actor);
        placeholders["{visit}"] = visit.Reference;
        placeholders["{follow-up}"] = followUp.FollowUp.Id.Value.ToString();
    }

    private static readonly HashSet<string> ApiBodies =
        ["visit-json", "visit-update-json", "visit-person-json", "visit-findings-json", "visit-follow-up-json", "visit-follow-up-update-json", "visit-follow-up-state-json", "visit-sheet-multipart"];

    private static readonly HashSet<string> Forms =
        ["visit-form", "visit-person-form", "visit-new-person-form", "visit-findings-form", "visit-wishes-form", "visit-follow-up-form", "visit-follow-up-state-form"];

    // The visit requests' bodies (visit-request-json, visit-answer-form, ...) are RouteMatrixTests' own: only these are this kit's.
    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body);

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, IReadOnlyDictionary<string, string> placeholders, int n) => body switch
    {
        "visit-json" => JsonContent.Create(new { place = TestRegistry.CampRu, startedOn = Day, delegates = new[] { $"Delegate {n}" } }),
        "visit-update-json" => JsonContent.Create(new { startedOn = Day, delegates = new[] { "Anna Keller", $"Interpreter {n}" }, privateInterviewsAllowed = true, version = await VisitVersionAsync(app, placeholders) }),
        "visit-person-json" => JsonContent.Create(new { person = placeholders["{person-ua-held-by-ru}"], seen = true, messagesToSend = "To my mother: I am well" }),
        "visit-findings-json" => JsonContent.Create(new { findings = $"Matrix findings {n}", version = await VisitVersionAsync(app, placeholders) }),
        "visit-follow-up-json" => JsonContent.Create(new { kind = "other", description = $"Matrix {n}", owner = "delegate@test.example", dueOn = "2026-12-01" }),
        "visit-follow-up-update-json" => JsonContent.Create(new { kind = "other", description = $"Matrix {n}", owner = "delegate@test.example", dueOn = "2026-12-02", version = (await FollowUpAsync(app, placeholders)).Version }),
        "visit-follow-up-state-json" => await NextStateJsonAsync(app, placeholders),
        "visit-sheet-multipart" => Sheet(placeholders, []),
        _ => throw new InvalidOperationException($"No visit API body named '{body}'."),
    };

    public static MultipartFormDataContent Sheet(IReadOnlyDictionary<string, string> placeholders, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"reference,seen,messages_to_send\n{placeholders["{person-ua-held-by-ru}"]},yes,To my mother: I am well\n"));
        file.Headers.ContentType = new("text/csv");
        var form = new MultipartFormDataContent { { file, "file", "sheet.csv" } };
        foreach (var field in extra)
        {
            form.Add(new StringContent(field.Value), field.Key);
        }

        return form;
    }

    public static async Task<IEnumerable<KeyValuePair<string, string>>> FormAsync(AppFixture app, string body, IReadOnlyDictionary<string, string> placeholders, int n)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (body)
        {
            case "visit-form":
                return [new("place", TestRegistry.CampRu), new("startedOn", Day), new("delegates", $"Delegate {n}")];
            case "visit-person-form":
                return [new("person", placeholders["{person-ua-held-by-ru}"]), new("seen", "true"), new("messagesToSend", "To my mother: I am well")];
            case "visit-new-person-form":
                return [new("newPerson.surname", "Matrix" + Letters(n)), new("newPerson.givenName", "Test"), new("newPerson.category", "pow"), new("newPerson.dependsOn", "UA"), new("seen", "true")];
            case "visit-findings-form":
                return [new("findings", $"Matrix findings {n}"), new("version", (await VisitVersionAsync(app, placeholders)).ToString(inv))];
            case "visit-wishes-form":
                return [new("person", placeholders["{person-ua-held-by-ru}"])];
            case "visit-follow-up-form":
                return [new("followUp.kind", "other"), new("followUp.description", $"Matrix {n}"), new("followUp.owner", "delegate@test.example"), new("followUp.dueOn", "2026-12-01")];
            case "visit-follow-up-state-form":
                var next = await NextStateAsync(app, placeholders);
                return [new("id", placeholders["{follow-up}"]), new("state", next.state), new("version", next.version.ToString(inv))];
            default:
                throw new InvalidOperationException($"No visit form named '{body}'.");
        }
    }

    private static async Task<int> VisitVersionAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        await using var db = app.Database.NewContext();
        var reference = placeholders["{visit}"];
        return await db.Visits.Where(v => v.Reference == reference).Select(v => v.Version).SingleAsync();
    }

    private static async Task<VisitFollowUp> FollowUpAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        await using var db = app.Database.NewContext();
        var id = new VisitFollowUpId(Guid.Parse(placeholders["{follow-up}"]));
        return await db.VisitFollowUps.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    /// <summary>Open and in progress take turns, so every principal allowed finds a move it may make.</summary>
    private static async Task<(string state, int version)> NextStateAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        var followUp = await FollowUpAsync(app, placeholders);
        return (followUp.State == VisitFollowUpState.Open ? "in-progress" : "open", followUp.Version);
    }

    private static async Task<HttpContent> NextStateJsonAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        var (state, version) = await NextStateAsync(app, placeholders);
        return JsonContent.Create(new { state, version });
    }

    private static string Letters(int n) => n < 26 ? ((char)('a' + n)).ToString() : Letters((n / 26) - 1) + (char)('a' + (n % 26));
}
