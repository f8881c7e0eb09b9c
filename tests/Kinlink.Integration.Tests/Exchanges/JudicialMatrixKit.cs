using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// The proceedings' and families' part of the route matrix (Access/RouteMatrixTests): a proceeding ({judicial}) against
/// the Ukrainian held by RU, fresh ones for the one-way steps ({new-judicial}), an enquiry whose person was just released
/// ({new-family-news-enquiry}), and the bodies and forms of the routes, valid so that "allow" means success.
/// </summary>
internal static partial class JudicialMatrixKit
{
    private static readonly Actor Staff = Actor.System;

    public static async Task SeedAsync(IServiceProvider services, Dictionary<string, string> placeholders) =>
        placeholders["{judicial}"] = await ProceedingAsync(services, placeholders);

    public static async Task<string> WithFreshAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders, string request)
    {
        if (request.Contains("{new-judicial}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-judicial}", await ProceedingAsync(app.Factory.Services, placeholders), StringComparison.Ordinal);
        }

        if (request.Contains("{new-family-news-enquiry}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-family-news-enquiry}", await ReleasedPersonsEnquiryAsync(app, placeholders), StringComparison.Ordinal);
        }

        return request;
    }

    private static readonly HashSet<string> ApiBodies =
        ["judicial-json", "judicial-notification-json", "judicial-trial-json", "judicial-sentence-json", "judicial-close-json", "family-informed-json"];

    private static readonly HashSet<string> Forms =
        ["judicial-form", "judicial-notification-form", "judicial-trial-form", "judicial-sentence-form", "judicial-close-form", "family-informed-form"];

    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body);

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders) => body switch
    {
        "judicial-json" => JsonContent.Create(JudicialTestKit.OpenBody(placeholders["{person-ua-held-by-ru}"])),
        "judicial-notification-json" => JsonContent.Create(new { notifiedOn = "2026-11-01", version = await VersionAsync(app, url) }),
        "judicial-trial-json" => JsonContent.Create(new { trialDate = "2026-12-20", place = "Ростов", version = await VersionAsync(app, url) }),
        "judicial-sentence-json" => JsonContent.Create(new { sentencedOn = "2026-11-20", sentence = "Рік", endsOn = "2027-11-20", version = await VersionAsync(app, url) }),
        "judicial-close-json" => JsonContent.Create(new { outcome = "discontinued", on = "2026-11-26", version = await VersionAsync(app, url) }),
        "family-informed-json" => JsonContent.Create(new { @event = await WaitingEventAsync(app, EnquiryOf(url)), channel = "phone" }),
        _ => throw new InvalidOperationException($"No judicial API body named '{body}'."),
    };

    public static async Task<IEnumerable<KeyValuePair<string, string>>> FormAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (body)
        {
            case "judicial-form":
                return [new("person", placeholders["{person-ua-held-by-ru}"]), new("prosecutingParty", "RU"), new("charges", "Шпигунство")];
            case "judicial-notification-form":
                return [new("Notification.NotifiedOn", "2026-11-01"), new("Notification.Version", (await VersionAsync(app, url)).ToString(inv))];
            case "judicial-trial-form":
                return [new("Trial.TrialDate", "2026-12-20"), new("Trial.Version", (await VersionAsync(app, url)).ToString(inv))];
            case "judicial-sentence-form":
                return [new("Sentence.SentencedOn", "2026-11-20"), new("Sentence.Sentence", "Рік"), new("Sentence.Version", (await VersionAsync(app, url)).ToString(inv))];
            case "judicial-close-form":
                return [new("Closing.Outcome", "discontinued"), new("Closing.On", "2026-11-26"), new("Closing.Version", (await VersionAsync(app, url)).ToString(inv))];
            case "family-informed-form":
                var enquiry = await ReleasedPersonsEnquiryAsync(app, placeholders);
                return [new("Enquiry", enquiry), new("Informed.Event", await WaitingEventAsync(app, enquiry)), new("Informed.Channel", "letter")];
            default:
                throw new InvalidOperationException($"No judicial form named '{body}'.");
        }
    }

    private static async Task<string> ProceedingAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JudicialService>().OpenAsync(new JudicialInput
        {
            Person = placeholders["{person-ua-held-by-ru}"], ProsecutingParty = "RU", Charges = "Шпигунство",
        }, Staff)).Summary.Reference;
    }

    /// <summary>A new person held by RU and released, with an enquiry about them: one row of the families' worklist.</summary>
    private static async Task<string> ReleasedPersonsEnquiryAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        string person;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            person = (await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Звільнений", GivenName = "Тест", DependsOn = "UA" }, Staff)).Reference.Value;
            await persons.RecordEventAsync(person, new StatusEventInput { Kind = "captured", Date = "2026-10-01", Place = placeholders["{place-ru}"] }, null, Staff);
            await persons.RecordEventAsync(person, new StatusEventInput { Kind = "released", Date = "2026-11-26", Source = "matrix" }, null, Staff);
        }

        var enquiry = await EnquiryCaseTestKit.CreateAsync(app, "Звільнений");
        await EnquiryCaseTestKit.LinkAsync(app, enquiry, await JudicialTestKit.PersonIdAsync(app, person));
        return enquiry;
    }

    private static async Task<string> WaitingEventAsync(AppFixture app, string enquiry)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await using var db = app.Database.NewContext();
        var parsed = Domain.Tracing.EnquiryReference.Parse(enquiry);
        var id = await db.Enquiries.Where(e => e.Reference == parsed).Select(e => e.Id).SingleAsync();
        var waiting = await scope.ServiceProvider.GetRequiredService<FamilyNewsService>().OfEnquiryAsync(id, Staff);
        return waiting[0].EventId.ToString();
    }

    private static async Task<int> VersionAsync(AppFixture app, Uri url)
    {
        var reference = JudicialReference().Match(url.OriginalString).Value;
        await using var db = app.Database.NewContext();
        return await db.JudicialProceedings.Where(p => p.Reference == reference).Select(p => p.Version).SingleAsync();
    }

    private static string EnquiryOf(Uri url) => EnquiryReferencePattern().Match(url.OriginalString).Value;

    [GeneratedRegex("JUD-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex JudicialReference();

    [GeneratedRegex("ENQ-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex EnquiryReferencePattern();
}
