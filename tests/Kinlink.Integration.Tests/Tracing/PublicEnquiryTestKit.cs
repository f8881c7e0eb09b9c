using System.Net;
using System.Text.RegularExpressions;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Tracing;

/// <summary>Filing and checking on the public enquiry page the way a family's browser does: plain form posts with the page's antiforgery token.</summary>
internal static partial class PublicEnquiryTestKit
{
    public const string FilingPath = "/enquire";
    public const string StatusPath = "/enquire/status";

    /// <summary>A complete filing as the form posts it; a test overrides or blanks single fields.</summary>
    public static Dictionary<string, string> ValidForm(string soughtSurname = "Коваленко") => new(StringComparer.Ordinal)
    {
        ["enquirerFullName"] = "Коваленко Галина Іванівна",
        ["enquirerRelation"] = "mother",
        ["enquirerRelationOther"] = "",
        ["enquirerPhone"] = "+380 67 123 45 67",
        ["enquirerEmail"] = "h.kovalenko@example.org",
        ["enquirerPostalAddress"] = "вул. Шевченка 1, Київ",
        ["soughtSurname"] = soughtSurname,
        ["soughtGivenName"] = "Олександр",
        ["soughtPatronymic"] = "Миколайович",
        ["soughtSex"] = "M",
        ["soughtDateOfBirth"] = "1994-03",
        ["soughtAgeYears"] = "",
        ["soughtPlaceOfBirth"] = "Полтава",
        ["soughtMilitaryUnit"] = "в/ч А1234",
        ["soughtServiceNumber"] = "",
        ["lastNewsDate"] = "2025-05-14",
        ["lastNewsPlace"] = "Бахмут",
        ["howNewsCame"] = "Дзвінок від побратима",
        ["consent"] = "true",
    };

    public static async Task<(HttpResponseMessage Response, string Html)> FileAsync(HttpClient client, IReadOnlyDictionary<string, string> form, string culture = "en")
    {
        var (_, page) = await client.GetPageAsync(FilingPath.WithCulture(culture));
        return await client.PostFormAsync(FilingPath.WithCulture(culture), page, form);
    }

    /// <summary>Files a valid enquiry and reads the reference and the code off the answer.</summary>
    public static async Task<(string Reference, string Code)> FileValidAsync(HttpClient client, string soughtSurname = "Коваленко", string culture = "en")
    {
        var (response, html) = await FileAsync(client, ValidForm(soughtSurname), culture);
        Assert.True(response.StatusCode == HttpStatusCode.OK && HtmlPage.ElementById(html, "secret-code") is not null, $"{(int)response.StatusCode}: {HtmlPage.VisibleText(html)}");
        return (HtmlPage.Text(HtmlPage.ElementById(html, "case-reference")!), HtmlPage.Text(HtmlPage.ElementById(html, "secret-code")!));
    }

    public static async Task<(HttpResponseMessage Response, string Html)> CheckAsync(HttpClient client, string reference, string code, string culture = "en")
    {
        var (_, page) = await client.GetPageAsync(StatusPath.WithCulture(culture));
        return await client.PostFormAsync(StatusPath.WithCulture(culture), page, [new("reference", reference), new("code", code)]);
    }

    /// <summary>The status code the answer shows (data-status), or null when the page shows none.</summary>
    public static string? ShownStatus(string html) =>
        HtmlPage.ElementById(html, "case-status") is { } panel ? HtmlPage.Attribute(panel, "data-status") : null;

    /// <summary>Sets a case's status directly: the case life cycle's own transitions are another slice's, this one tests what the family is shown.</summary>
    public static async Task SetStatusAsync(
        AppFixture app, string reference, EnquiryStatus status, SharingConsent consent = SharingConsent.NotAsked, RefusalAllowance allowed = RefusalAllowance.Nothing)
    {
        await using var db = app.Database.NewContext();
        var parsed = EnquiryReference.Parse(reference);
        await db.Enquiries.Where(e => e.Reference == parsed).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Status, status).SetProperty(e => e.SharingConsent, consent).SetProperty(e => e.AllowedOnRefusal, allowed));
    }

    /// <summary>A code in a different shape from any the page gives out, so it never matches by chance.</summary>
    public static string WrongCode(string code) => code[..^1] + (code[^1] == '2' ? '3' : '2');

    public static bool IsReference(string text) => ReferencePattern().IsMatch(text);

    [GeneratedRegex("^ENQ-[0-9A-Z]{4}-[0-9A-Z]{4}$")]
    private static partial Regex ReferencePattern();
}
