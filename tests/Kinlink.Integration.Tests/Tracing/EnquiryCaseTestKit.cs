using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

/// <summary>Enquiries at a given point of their case, made through the services as a caseworker would.</summary>
internal static class EnquiryCaseTestKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Actor Caseworker = new("caseworker@test.example", null);

    public static async Task<string> CreateAsync(AppFixture app, string soughtSurname = "Коваленко")
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var input = JsonSerializer.Deserialize<EnquiryInput>(EnquiryTestKit.ValidBody(soughtSurname), Json)!;
        return (await scope.ServiceProvider.GetRequiredService<EnquiryService>().CreateAsync(input, Caseworker)).Enquiry.Reference.Value;
    }

    /// <summary>Links the enquiry to a registry person as slice B's confirmation will (here straight on the aggregate).</summary>
    public static async Task LinkAsync(AppFixture app, string reference, PersonId person)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var parsed = EnquiryReference.Parse(reference);
        var enquiry = await db.Enquiries.SingleAsync(e => e.Reference == parsed);
        enquiry.LinkPerson(person, Caseworker, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public static async Task<int> VersionAsync(AppFixture app, string reference)
    {
        await using var db = app.Database.NewContext();
        var parsed = EnquiryReference.Parse(reference);
        return await db.Enquiries.Where(e => e.Reference == parsed).Select(e => e.Version).SingleAsync();
    }

    /// <summary>An enquiry about <paramref name="person"/>, searched, linked and located, with the person's answer if given.</summary>
    public static async Task<string> LocatedEnquiryAsync(AppFixture app, PersonId person, string soughtSurname, string? consent = null, string? allowedOnRefusal = null)
    {
        var reference = await CreateAsync(app, soughtSurname);
        await MoveToLocatedAsync(app, reference, person);
        if (consent is not null)
        {
            await InScopeAsync(app, async cases => await cases.RecordConsentAsync(reference, new SharingConsentInput
            {
                Consent = consent, ObtainedOn = "2026-11-20", ObtainedBy = "visit", AllowedOnRefusal = allowedOnRefusal, Version = await VersionAsync(app, reference),
            }, Caseworker));
        }

        await InScopeAsync(app, cases => cases.AddContactAsync(reference, new ContactInput { Date = "2026-11-21", Channel = "phone", Direction = "incoming", Summary = "Мати телефонувала, питала про новини" }, Caseworker));
        return reference;
    }

    public static async Task MoveToLocatedAsync(AppFixture app, string reference, PersonId person)
    {
        await InScopeAsync(app, async cases => await cases.ChangeStatusAsync(reference, new StatusChangeInput { Status = "searching", Reason = "Розпочато пошук", Version = await VersionAsync(app, reference) }, Caseworker));
        await LinkAsync(app, reference, person);
        await InScopeAsync(app, async cases => await cases.ChangeStatusAsync(reference, new StatusChangeInput { Status = "located", Reason = "Знайдено у списку", Version = await VersionAsync(app, reference) }, Caseworker));
    }

    /// <summary>Each change in a scope of its own, as each request has: one context would keep serving the version it first read.</summary>
    private static async Task InScopeAsync<T>(AppFixture app, Func<EnquiryCaseService, Task<T>> change)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<EnquiryCaseService>());
    }

    public static Task<HttpResponseMessage> PostStatusAsync(HttpClient client, string reference, string status, string? reason, int? version) =>
        client.PostAsJsonAsync($"/api/enquiries/{reference}/status", new { status, reason, version });
}
