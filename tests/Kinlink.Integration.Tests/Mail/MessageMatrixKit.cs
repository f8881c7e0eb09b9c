using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>
/// The messages' part of the route matrix (Access/RouteMatrixTests): a message with a scan ({message}), and fresh ones for
/// the steps taken once ({new-message} received, {new-cleared-message} passed by the authority), with valid bodies and forms.
/// </summary>
internal static partial class MessageMatrixKit
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private static readonly HashSet<string> ApiBodies = ["message-json", "message-check-json", "message-deliver-json", "message-undeliverable-json", "message-scan-multipart"];

    private static readonly HashSet<string> Forms = ["message-form", "message-check-form", "message-deliver-form", "message-undeliverable-form", "public-hand-in-form"];

    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body);

    public static async Task SeedAsync(IServiceProvider services, IDictionary<string, string> placeholders)
    {
        var reference = await NewMessageAsync(services, placeholders["{person-ua-held-by-ru}"], cleared: false);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessageService>().AttachScanAsync(reference, new MemoryStream(Png), "scan.png", true, Caseworker);
        placeholders["{message}"] = reference;
    }

    /// <summary>Replaces {new-message} and {new-cleared-message} with a message of their own.</summary>
    public static async Task<string> WithFreshMessageAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders, string request)
    {
        var cleared = request.Contains("{new-cleared-message}", StringComparison.Ordinal);
        if (!cleared && !request.Contains("{new-message}", StringComparison.Ordinal))
        {
            return request;
        }

        var reference = await NewMessageAsync(services, placeholders["{person-ua-held-by-ru}"], cleared);
        return request.Replace("{new-cleared-message}", reference, StringComparison.Ordinal).Replace("{new-message}", reference, StringComparison.Ordinal);
    }

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders, int n) => body switch
    {
        "message-json" => JsonContent.Create(new { kind = "letter", direction = "to-detainee", person = placeholders["{person-ua-held-by-ru}"], correspondentName = $"Matrix {n}", language = "uk", text = "Matrix" }),
        "message-check-json" => JsonContent.Create(new { outcome = "passed", version = await VersionAsync(app, url) }),
        "message-deliver-json" => JsonContent.Create(new { channel = "delegate-on-visit", visit = placeholders["{visit}"], version = await VersionAsync(app, url) }),
        "message-undeliverable-json" => JsonContent.Create(new { reason = "unknown", version = await VersionAsync(app, url) }),
        "message-scan-multipart" => Scan("file", []),
        _ => throw new InvalidOperationException($"No message API body named '{body}'."),
    };

    public static async Task<HttpContent> FormAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders, KeyValuePair<string, string> token, int n)
    {
        if (body == "message-scan-multipart")
        {
            return Scan("scan.file", [token]);
        }

        IEnumerable<KeyValuePair<string, string>> fields = body switch
        {
            "message-form" => [new("kind", "letter"), new("direction", "to-detainee"), new("person", placeholders["{person-ua-held-by-ru}"]), new("correspondentName", $"Matrix {n}"),
                new("language", "uk"), new("text", "Matrix"), new("intake", "caseworker")],
            "message-check-form" => [new("check.outcome", "passed"), new("check.version", (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture))],
            "message-deliver-form" => [new("deliver.channel", "delegate-on-visit"), new("deliver.visit", placeholders["{visit}"]), new("deliver.version", (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture))],
            "message-undeliverable-form" => [new("undeliverable.reason", "unknown"), new("undeliverable.version", (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture))],
            // An enquiry of its own each time, so these wrong codes do not lock the status check of {enquiry} in another row.
            "public-hand-in-form" => [new("reference", await Tracing.EnquiryCaseTestKit.CreateAsync(app, "Matrixhandin")), new("code", "WRONG-CODE-000"), new("text", "Matrix")],
            _ => throw new InvalidOperationException($"No message form named '{body}'."),
        };
        return new FormUrlEncodedContent(fields.Append(token));
    }

    public static bool IsMultipartForm(string body) => body == "message-scan-multipart";

    private static MultipartFormDataContent Scan(string field, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { file, field, "scan.png" } };
        foreach (var (key, value) in extra)
        {
            form.Add(new StringContent(value), key);
        }

        return form;
    }

    private static async Task<string> NewMessageAsync(IServiceProvider services, string person, bool cleared)
    {
        await using var scope = services.CreateAsyncScope();
        var messages = scope.ServiceProvider.GetRequiredService<MessageService>();
        var message = await messages.CreateAsync(new MessageInput
        {
            Kind = "red-cross-message", Direction = "to-detainee", Person = person, CorrespondentName = "Коваленко Марія", Language = "uk", Text = "Matrix",
        }, Caseworker);
        if (cleared)
        {
            await messages.RecordCheckAsync(message.Reference, new MessageCheckInput { Outcome = "passed", Version = message.Version }, Caseworker);
        }

        return message.Reference;
    }

    private static async Task<int> VersionAsync(AppFixture app, Uri url)
    {
        var reference = MessageReference().Match(url.OriginalString).Value;
        await using var db = app.Database.NewContext();
        return await db.Messages.Where(m => m.Reference == reference).Select(m => m.Version).SingleAsync();
    }

    [GeneratedRegex("MSG-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex MessageReference();
}
