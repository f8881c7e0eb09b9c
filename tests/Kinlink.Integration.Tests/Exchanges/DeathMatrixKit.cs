using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// The deaths', packets' and medical cases' part of the route matrix (Access/RouteMatrixTests). A person of their own
/// (a Ukrainian held in RU's camp), so recording a death does not end the captivity of the persons other rows use; a
/// notification transmitted to UA with its certificate ({death}), a packet ({packet}) and a case ({medical-case}); fresh
/// ones for the one-way steps ({new-death}, {new-transmitted-death}, {new-packet}, {new-medical-case},
/// {new-decided-medical-case}); and the bodies, valid so that "allow" means success.
/// </summary>
internal static partial class DeathMatrixKit
{
    private static readonly Actor Staff = new("caseworker@test.example", null);

    internal static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly HashSet<string> ApiBodies =
        ["death-json", "death-correct-json", "death-certificate-multipart", "death-transmit-json", "packet-json", "packet-hand-over-json",
         "medical-case-json", "medical-wish-json", "medical-decision-json", "medical-carry-out-json", "medical-close-json"];

    private static readonly HashSet<string> Forms =
        ["death-form", "death-correct-form", "death-transmit-form", "death-acknowledge-form", "packet-form", "packet-hand-over-form", "medical-case-form", "medical-wish-form", "medical-decision-form",
         "medical-carry-out-form", "medical-close-form"];

    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body) || body == "death-certificate-form";

    /// <summary>The page forms, with the antiforgery token: fields as the pages name them, the version read for the one-way steps.</summary>
    public static async Task<HttpContent> FormAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders, KeyValuePair<string, string> token)
    {
        if (body == "death-certificate-form")
        {
            var form = Certificate();
            form.Add(new StringContent(token.Value), token.Key);
            return form;
        }

        var version = new Lazy<Task<string>>(async () => (await VersionAsync(app, url)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        IEnumerable<KeyValuePair<string, string>> fields = body switch
        {
            "death-form" => [new("person", placeholders["{death-person}"]), new("dateOfDeath", "2026-11-20"), new("placeOfDeath", "Лагерь"), new("causeOfDeath", "Тиф")],
            "death-correct-form" => [new("version", await version.Value), new("dateOfDeath", "2026-11-19"), new("placeOfDeath", "Лагерь"), new("causeOfDeath", "Тиф")],
            "death-transmit-form" => [new("version", await version.Value)],
            "death-acknowledge-form" => [],
            "packet-form" => [new("person", placeholders["{death-person}"]), new("reason", "died"), new("sealNumber", "S-2"), new("receivedOn", "2026-11-25"),
                new("Items[0].Description", "Часы"), new("Items[0].Quantity", "1"), new("Items[1].Description", "")],
            "packet-hand-over-form" => [new("version", await version.Value), new("handedOverOn", "2026-11-26"), new("handedOverTo", "Бюро УА"), new("party", "UA")],
            "medical-case-form" => [new("person", placeholders["{death-person}"]), new("grounds", "incurable"), new("diagnosis", "Слепота"), new("proposedOn", "2026-11-01")],
            "medical-wish-form" => [new("version", await version.Value), new("wish", "no"), new("heldInPrivate", "true")],
            "medical-decision-form" => [new("version", await version.Value), new("examinedOn", "2026-11-20"), new("decision", "re-examination")],
            "medical-carry-out-form" => [new("version", await version.Value), new("carriedOutOn", "2026-11-26")],
            "medical-close-form" => [new("version", await version.Value), new("note", "matrix")],
            _ => throw new InvalidOperationException($"No deaths form named '{body}'."),
        };
        return new FormUrlEncodedContent(fields.Append(token));
    }

    public static async Task SeedAsync(IServiceProvider services, Dictionary<string, string> placeholders)
    {
        await using var scope = services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PersonService>().RegisterAsync(
            new PersonInput { Category = "pow", Surname = "Мартиненко", GivenName = "Петро", DateOfBirth = "1991-02-03", DependsOn = "UA" }, Actor.System);
        await scope.ServiceProvider.GetRequiredService<PersonService>().RecordEventAsync(person.Reference.Value,
            new StatusEventInput { Kind = "captured", Date = "2025-05-01", Place = placeholders["{place-ru}"] }, null, Actor.System);
        placeholders["{death-person}"] = person.Reference.Value;
        placeholders["{death}"] = await DeathAsync(services, placeholders, transmitted: true);
        placeholders["{packet}"] = await PacketAsync(services, placeholders);
        placeholders["{medical-case}"] = await MedicalCaseAsync(services, placeholders, decided: false);
    }

    public static async Task<string> WithFreshAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders, string request)
    {
        if (request.Contains("{new-transmitted-death}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-transmitted-death}", await DeathAsync(services, placeholders, transmitted: true), StringComparison.Ordinal);
        }

        if (request.Contains("{new-death}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-death}", await DeathAsync(services, placeholders, transmitted: false), StringComparison.Ordinal);
        }

        if (request.Contains("{new-packet}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-packet}", await PacketAsync(services, placeholders), StringComparison.Ordinal);
        }

        if (request.Contains("{new-decided-medical-case}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-decided-medical-case}", await MedicalCaseAsync(services, placeholders, decided: true), StringComparison.Ordinal);
        }

        if (request.Contains("{new-medical-case}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-medical-case}", await MedicalCaseAsync(services, placeholders, decided: false), StringComparison.Ordinal);
        }

        return request;
    }

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders) => body switch
    {
        "death-json" => JsonContent.Create(DeathBody(placeholders["{death-person}"])),
        "death-correct-json" => JsonContent.Create(DeathBody(placeholders["{death-person}"], await VersionAsync(app, url))),
        "death-certificate-multipart" => Certificate(),
        "death-transmit-json" => JsonContent.Create(new { version = await VersionAsync(app, url) }),
        "packet-json" => JsonContent.Create(PacketBody(placeholders["{death-person}"])),
        "packet-hand-over-json" => JsonContent.Create(new { version = await VersionAsync(app, url), handedOverOn = "2026-11-26", handedOverTo = "Бюро УА", party = "UA" }),
        "medical-case-json" => JsonContent.Create(MedicalBody(placeholders["{death-person}"])),
        "medical-wish-json" => JsonContent.Create(new { version = await VersionAsync(app, url), wish = "yes", heldInPrivate = true }),
        "medical-decision-json" => JsonContent.Create(new { version = await VersionAsync(app, url), examinedOn = "2026-11-20", decision = "rejection" }),
        "medical-carry-out-json" => JsonContent.Create(new { version = await VersionAsync(app, url), carriedOutOn = "2026-11-26" }),
        "medical-close-json" => JsonContent.Create(new { version = await VersionAsync(app, url), note = "matrix: withdrawn" }),
        _ => throw new InvalidOperationException($"No deaths API body named '{body}'."),
    };

    public static object DeathBody(string person, int? version = null) => new
    {
        person, reportedBy = "RU", dateOfDeath = "2026-11-20", placeOfDeath = "Лагерь № 1, лазарет", causeOfDeath = "Сердечная недостаточность",
        dateOfBurial = "2026-11-23", placeOfBurial = "Кладбище пос. Заречный", graveIdentification = "Участок 4, ряд 2, могила 17", graveMarked = true,
        responsibleAuthority = "Начальник лагеря", version,
    };

    public static object PacketBody(string person, string? deathNotification = null) => new
    {
        person, deathNotification, reason = "died", sealNumber = "S-0042", receivedOn = "2026-11-25", receivedFrom = "Лагерь № 1",
        items = new object[] { new { description = "Наручные часы", quantity = 1 }, new { }, new { description = "Деньги", quantity = 1, amount = 1500.50m, currency = "rub" } },
    };

    public static object MedicalBody(string person) => new
    {
        person, grounds = "incurable", diagnosis = "Ампутация обеих ног ниже колена", proposedBy = "Врач лагеря", proposedOn = "2026-11-10",
    };

    public static MultipartFormDataContent Certificate(byte[]? content = null, string fileName = "certificate.pdf", string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(content ?? Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<string> DeathAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders, bool transmitted)
    {
        await using var scope = services.CreateAsyncScope();
        var deaths = scope.ServiceProvider.GetRequiredService<DeathNotificationService>();
        var recorded = await deaths.RecordAsync(new DeathNotificationInput
        {
            Person = placeholders["{death-person}"], ReportedBy = "RU", DateOfDeath = "2026-11-20", PlaceOfDeath = "Лагерь № 1", CauseOfDeath = "Инфаркт",
        }, Staff);
        var reference = recorded.Notification.Reference;
        await deaths.AttachCertificateAsync(reference, new MemoryStream(Pdf), "certificate.pdf", Staff);
        if (transmitted)
        {
            await deaths.TransmitAsync(reference, recorded.Notification.Version, Staff);
        }

        return reference;
    }

    private static async Task<string> PacketAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<EffectsPacketService>().ReceiveAsync(new EffectsPacketInput
        {
            Person = placeholders["{death-person}"], Reason = "died", SealNumber = "S-1", ReceivedOn = "2026-11-25", Items = [new EffectsItemInput { Description = "Часы", Quantity = 1 }],
        }, Staff)).Packet.Reference;
    }

    /// <summary>A proposed case, or one the commission decided for accommodation in a neutral country with the person's yes (carried out without touching the timeline).</summary>
    private static async Task<string> MedicalCaseAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders, bool decided)
    {
        await using var scope = services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<MedicalCaseService>();
        var created = await cases.ProposeAsync(new MedicalCaseInput
        {
            Person = placeholders["{death-person}"], Grounds = "neutral-country-accommodation", Diagnosis = "Туберкулёз", ProposedBy = "Врач", ProposedOn = "2026-11-10",
        }, Staff);
        var reference = created.Case.Reference;
        if (decided)
        {
            var wished = await cases.RecordWishAsync(reference, new MedicalCaseStepInput { Wish = "yes", HeldInPrivate = true, Version = created.Case.Version }, Staff);
            await cases.RecordDecisionAsync(reference, new MedicalCaseStepInput { ExaminedOn = "2026-11-20", Decision = "neutral-accommodation", DecisionCommunicatedOn = "2026-11-21", Version = wished.Case.Version }, Staff);
        }

        return reference;
    }

    private static async Task<int> VersionAsync(AppFixture app, Uri url)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var reference = Reference().Match(url.OriginalString).Value;
        return reference[..3] switch
        {
            "DTH" => (await scope.ServiceProvider.GetRequiredService<DeathNotificationService>().GetAsync(reference, Staff)).Notification.Version,
            "PKT" => (await scope.ServiceProvider.GetRequiredService<EffectsPacketService>().GetAsync(reference, Staff)).Packet.Version,
            "MED" => (await scope.ServiceProvider.GetRequiredService<MedicalCaseService>().GetAsync(reference, Staff)).Case.Version,
            _ => throw new InvalidOperationException($"No reference in {url}."),
        };
    }

    [GeneratedRegex("(DTH|PKT|MED)-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex Reference();
}
