using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Kinlink.Data.Exchanges;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// The exchanges' part of the route matrix (Access/RouteMatrixTests): an exchange ({exchange}) with the Ukrainian held by
/// RU on RU's list ({exchange-entry}), a fresh one of the same kind for every write ({new-exchange}, {new-exchange-entry}),
/// and the bodies and forms of the routes, valid so that "allow" means success.
/// </summary>
internal static partial class ExchangeMatrixKit
{
    private static readonly Actor Staff = Actor.System;

    public static async Task SeedAsync(IServiceProvider services, Dictionary<string, string> placeholders)
    {
        var (reference, entry) = await ExchangeAsync(services, placeholders["{person-ua-held-by-ru}"]);
        placeholders["{exchange}"] = reference;
        placeholders["{exchange-entry}"] = entry;
    }

    public static async Task<string> WithFreshAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders, string request)
    {
        if (!request.Contains("{new-exchange}", StringComparison.Ordinal))
        {
            return request;
        }

        var (reference, entry) = await ExchangeAsync(app.Factory.Services, placeholders["{person-ua-held-by-ru}"]);
        return request.Replace("{new-exchange}", reference, StringComparison.Ordinal).Replace("{new-exchange-entry}", entry, StringComparison.Ordinal);
    }

    private static readonly HashSet<string> ApiBodies =
        ["exchange-json", "exchange-terms-json", "exchange-entries-json", "exchange-version-json", "exchange-resolve-json", "exchange-interview-json", "exchange-medical-json",
         "exchange-blocking-json", "exchange-execute-json", "exchange-cancel-json", "exchange-list-multipart"];

    private static readonly HashSet<string> Forms =
        ["exchange-form", "exchange-terms-form", "exchange-add-form", "exchange-cancel-form", "exchange-version-form", "exchange-resolve-form", "exchange-interview-form", "exchange-medical-form",
         "exchange-blocking-form", "exchange-execute-form"];

    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body) || body == "exchange-list-page-multipart";

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders)
    {
        if (body == "exchange-list-multipart")
        {
            return ListForm(await VersionAsync(app, url), []);
        }

        return body switch
        {
            "exchange-json" => JsonContent.Create(new { partyA = "RU", partyB = "UA", terms = "all-for-all" }),
            "exchange-terms-json" => JsonContent.Create(new { partyA = "RU", partyB = "UA", terms = "n-for-n", countPerSide = 1, version = await VersionAsync(app, url) }),
            "exchange-entries-json" => JsonContent.Create(new { party = "RU", persons = new[] { placeholders["{person-foreign-held-by-ru}"] }, version = await VersionAsync(app, url) }),
            "exchange-version-json" => JsonContent.Create(new { version = await VersionAsync(app, url) }),
            "exchange-resolve-json" => JsonContent.Create(new { person = placeholders["{person-ua-held-by-ru}"], version = await VersionAsync(app, url) }),
            "exchange-interview-json" => JsonContent.Create(new { wish = "yes", heldInPrivate = true, note = "matrix", version = await VersionAsync(app, url) }),
            "exchange-medical-json" => JsonContent.Create(new { category = "wounded", version = await VersionAsync(app, url) }),
            "exchange-blocking-json" => JsonContent.Create(new { issue = "matrix", version = await VersionAsync(app, url) }),
            "exchange-execute-json" => JsonContent.Create(new
            {
                handoverDate = "2026-11-26", balanceNote = "matrix", version = await VersionAsync(app, url),
                decisions = new[] { new { entry = Guid.Parse(await FirstEntryAsync(app, url)), handedOver = false, reason = "not-verified" } },
            }),
            "exchange-cancel-json" => JsonContent.Create(new { note = "matrix", version = await VersionAsync(app, url) }),
            _ => throw new InvalidOperationException($"No exchange API body named '{body}'."),
        };
    }

    public static async Task<HttpContent> FormAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders, KeyValuePair<string, string> token)
    {
        if (body == "exchange-list-page-multipart")
        {
            return ListForm(await VersionAsync(app, url), [token, new("party", "RU")]);
        }

        var version = body == "exchange-form" ? "" : (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture);
        IEnumerable<KeyValuePair<string, string>> fields = body switch
        {
            "exchange-form" => [new("partyA", "RU"), new("partyB", "UA"), new("terms", "all-for-all")],
            "exchange-terms-form" => [new("terms", "n-for-n"), new("countPerSide", "1"), new("termsPlace", "matrix"), new("version", version)],
            "exchange-add-form" => [new("addParty", "RU"), new("persons", placeholders["{person-foreign-held-by-ru}"]), new("version", version)],
            "exchange-cancel-form" => [new("note", "matrix"), new("version", version)],
            "exchange-version-form" => [new("version", version)],
            "exchange-resolve-form" => [new("person", placeholders["{person-ua-held-by-ru}"]), new("version", version)],
            "exchange-interview-form" => [new("wish", "yes"), new("heldInPrivate", "true"), new("note", "matrix"), new("version", version)],
            "exchange-medical-form" => [new("category", "wounded"), new("version", version)],
            "exchange-blocking-form" => [new("issue", "matrix"), new("version", version)],
            "exchange-execute-form" => [new("handoverDate", "2026-11-26"), new("balanceNote", "matrix"), new("decisions[0].entry", await FirstEntryAsync(app, url)),
                new("decisions[0].reason", "not-verified"), new("version", version)],
            _ => throw new InvalidOperationException($"No exchange form named '{body}'."),
        };
        return new FormUrlEncodedContent(fields.Append(token));
    }

    private static MultipartFormDataContent ListForm(int version, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("surname,given_name,date_of_birth\nMatrix,Test,1990-01-01\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "matrix.csv");
        form.Add(new StringContent(version.ToString(CultureInfo.InvariantCulture)), "version");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static async Task<(string Reference, string Entry)> ExchangeAsync(IServiceProvider services, string person)
    {
        await using var scope = services.CreateAsyncScope();
        var exchanges = scope.ServiceProvider.GetRequiredService<ExchangeService>();
        var created = await exchanges.CreateAsync(new ExchangeInput { PartyA = "RU", PartyB = "UA", Terms = "all-for-all" }, Staff);
        var view = await exchanges.AddFromRegistryAsync(created.Operation.Reference, new ExchangeEntriesInput { Party = "RU", Persons = [person], Version = created.Operation.Version }, Staff);
        return (view.Operation.Reference, view.Entries[0].Entry.Id.Value.ToString());
    }

    private static async Task<int> VersionAsync(AppFixture app, Uri url)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ExchangeService>().GetAsync(ReferenceOf(url), Staff)).Operation.Version;
    }

    private static async Task<string> FirstEntryAsync(AppFixture app, Uri url)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ExchangeService>().GetAsync(ReferenceOf(url), Staff)).Entries[0].Entry.Id.Value.ToString();
    }

    private static string ReferenceOf(Uri url) => Reference().Match(url.OriginalString).Value;

    [GeneratedRegex("EXC-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex Reference();
}
