using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>Persons held in RU-CAMP-01 and messages taken in for them through the API, for the message tests.</summary>
internal static class MessageTestKit
{
    public const string FamilyText = "Дорогий сину, ми всі живі й чекаємо на тебе. Мама.";

    private static readonly Actor Caseworker = new("caseworker@test.example", null);

    public static Task<(AppFixture App, string[] Persons)> StartAsync(DatabaseKind kind) => VisitTestKit.StartAsync(kind);

    public static object ToDetainee(string person, string? text = null, string? replyTo = null, string? enquiry = null) => new
    {
        kind = "red-cross-message",
        direction = "to-detainee",
        person,
        enquiry,
        correspondentName = "Коваленко Марія",
        correspondentAddress = "Київ, вул. Січових Стрільців 1",
        correspondentRelation = "mother",
        language = "uk",
        text = text ?? FamilyText,
        replyTo,
    };

    public static object FromDetainee(string person, string text, string? replyTo = null, string? enquiry = null, string kind = "red-cross-message") => new
    {
        kind,
        direction = kind == "capture-card" ? null : "from-detainee",
        person,
        enquiry,
        correspondentName = kind == "capture-card" ? null : "Коваленко Марія",
        language = "uk",
        text,
        intake = "delegate",
        replyTo,
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await ReadAsync(await client.PostAsJsonAsync("/api/messages", body), HttpStatusCode.Created);

    public static async Task<JsonElement> GetAsync(HttpClient client, string reference) =>
        await ReadAsync(await client.GetAsync($"/api/messages/{reference}"), HttpStatusCode.OK);

    public static async Task<JsonElement> CheckAsync(HttpClient client, string reference, string outcome, string? note = null)
    {
        var version = (await GetAsync(client, reference)).GetProperty("version").GetInt32();
        return await ReadAsync(await client.PostAsJsonAsync($"/api/messages/{reference}/check", new { outcome, note, version }), HttpStatusCode.OK);
    }

    public static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => VisitTestKit.ReadAsync(response, expected);

    public static string[] Errors(JsonElement problem) => VisitTestKit.Errors(problem);

    public static async Task<PersonId> PersonIdAsync(AppFixture app, string reference)
    {
        await using var db = app.Database.NewContext();
        var parsed = IntermediaryReference.Parse(reference);
        return await db.Persons.Where(p => p.Reference == parsed).Select(p => p.Id).SingleAsync();
    }

    /// <summary>An enquiry filed on the public page (so it has a secret code), located as <paramref name="person"/> with the person's consent to share news.</summary>
    public static async Task<(string Reference, string Code)> LocatedPublicEnquiryAsync(AppFixture app, string person, string consent = "given")
    {
        var (reference, code) = await PublicEnquiryTestKit.FileValidAsync(app.Browser(role: null));
        await EnquiryCaseTestKit.MoveToLocatedAsync(app, reference, await PersonIdAsync(app, person));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EnquiryCaseService>().RecordConsentAsync(reference, new SharingConsentInput
        {
            Consent = consent, ObtainedOn = "2026-11-20", ObtainedBy = "visit", AllowedOnRefusal = consent == "refused" ? "nothing" : null,
            Version = await EnquiryCaseTestKit.VersionAsync(app, reference),
        }, Caseworker);
        return (reference, code);
    }

    public static async Task<string> RawSealedTextAsync(AppFixture app, string reference)
    {
        await using var db = app.Database.NewContext();
        return await db.Database.SqlQueryRaw<string>("SELECT \"SealedText\" AS \"Value\" FROM messages WHERE \"Reference\" = {0}", reference).SingleAsync();
    }

    public static async Task<EnquiryId> EnquiryIdAsync(KinlinkDbContext db, string reference)
    {
        var parsed = EnquiryReference.Parse(reference);
        return await db.Enquiries.Where(e => e.Reference == parsed).Select(e => e.Id).SingleAsync();
    }
}
