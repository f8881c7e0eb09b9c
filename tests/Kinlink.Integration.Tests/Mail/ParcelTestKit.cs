using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>Persons held in RU-CAMP-01, parcels for them, and messages put straight into the store, for the parcel, batch and routing tests.</summary>
internal static class ParcelTestKit
{
    public static object ParcelBody(string person, params object[] lines) => new
    {
        person,
        senderName = "Олена Коваленко",
        senderAddress = "вул. Соборна 5, Полтава",
        lines = lines.Length > 0 ? lines : [Line("food", "Tinned meat", 4, 1600), Line("hygiene", "Soap", 2, 300)],
    };

    public static object Line(string category, string description, int quantity, int weightGrams) => new { category, description, quantity, weightGrams };

    public static async Task<JsonElement> CreateParcelAsync(HttpClient client, string person, params object[] lines) =>
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/parcels", ParcelBody(person, lines)), HttpStatusCode.Created);

    public static async Task<JsonElement> CreateBatchAsync(HttpClient client, string place = TestRegistry.CampRu) =>
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/mail-batches", new { place, note = "By courier with the delegates" }), HttpStatusCode.Created);

    /// <summary>A cleared Red Cross message for the person, routed as an intake would route it (the messages' own service is another slice's).</summary>
    public static async Task<string> ClearedMessageAsync(AppFixture app, string personReference, string? enquiry = null)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Kinlink.Data.Persistence.KinlinkDbContext>();
        var encryption = scope.ServiceProvider.GetRequiredService<FieldEncryption>();
        var parsed = IntermediaryReference.Parse(personReference);
        var personId = await db.Persons.Where(p => p.Reference == parsed).Select(p => p.Id).SingleAsync();
        Kinlink.Domain.Tracing.EnquiryId? enquiryId = null;
        if (enquiry is not null)
        {
            var enquiryReference = Kinlink.Domain.Tracing.EnquiryReference.Parse(enquiry);
            enquiryId = await db.Enquiries.Where(e => e.Reference == enquiryReference).Select(e => e.Id).SingleAsync();
        }

        var actor = new Actor("caseworker@test.example", null);
        var at = app.Factory.Clock.GetUtcNow();
        var message = Message.Create(
            new MessageDraft(MessageKind.RedCrossMessage, MessageDirection.ToDetainee, personId, enquiryId, "Олена Коваленко", "Полтава", "mother", "uk", "Ми живі й чекаємо.", MailIntake.Caseworker, null),
            null, MailSeals.ForMessages(encryption), actor, at);
        await MailRouter.RouteAsync(db, message, actor, at);
        message.RecordCheck(MessageCheckOutcome.Passed, null, actor, at);
        db.Messages.Add(message);
        await db.SaveChangesAsync();
        return message.Reference;
    }

    /// <summary>For the pages' tests: a parcel for the person, a batch for the place with it in when the parcel was routed there, and the person's mail stopped once.</summary>
    public static async Task<(string Parcel, string Batch)> PageDataAsync(AppFixture app, string person, string place)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var actor = new Actor("caseworker@test.example", null);
        var parcel = await scope.ServiceProvider.GetRequiredService<ParcelService>().CreateAsync(new ParcelInput
        {
            Person = person, SenderName = "Олена", Lines = [new ParcelLineInput { Category = "food", Description = "Мед", Quantity = 1, WeightGrams = 400 }],
        }, true, actor);
        var batches = scope.ServiceProvider.GetRequiredService<MailBatchService>();
        var batch = await batches.CreateAsync(new MailBatchInput { Place = place, Note = "Кур'єр" }, actor);
        await batches.AddItemsAsync(batch.Summary.Reference, new MailBatchItemsInput { AllCleared = true }, actor);
        return (parcel.Summary.Reference, batch.Summary.Reference);
    }

    public static async Task RecordEventAsync(HttpClient client, string person, string kind, string date, string? place = null) =>
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/persons/{person}/events", new { @event = new { kind, date, place } }), HttpStatusCode.Created);
}
