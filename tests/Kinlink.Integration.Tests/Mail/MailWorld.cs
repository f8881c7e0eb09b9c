using System.Net;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>
/// A small world for the mail figures and the authority's side: two Ukrainians held in RU-CAMP-01 (Kovalenko, Shevchenko)
/// and a Russian held by UA in UA-CAMP-01 (Ivanov). Items are built with the domain types and sealed as intake seals
/// them, at the times a test gives; taking mail in through the API is another slice's.
/// </summary>
internal sealed record MailWorld(AppFixture App, Person Kovalenko, Person Shevchenko, Person Ivanov) : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly Actor Staff = new("caseworker@test.example", null);

    public static async Task<MailWorld> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        async Task<Person> Held(string surname, string given, string dependsOn, string place)
        {
            var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = given, DependsOn = dependsOn }, Actor.System);
            await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-03-01", Place = place }, null, Actor.System);
            return (await persons.GetAsync(person.Reference.Value, Actor.System)).Person!;
        }

        return new MailWorld(app,
            await Held("Коваленко", "Олександр", "UA", TestRegistry.CampRu),
            await Held("Шевченко", "Тарас", "UA", TestRegistry.CampRu),
            await Held("Иванов", "Сергей", "RU", TestRegistry.CampUa));
    }

    public DateTimeOffset Now => App.Factory.Clock.GetUtcNow();

    public HttpClient Party(string party, string role = "liaison-officer") => App.CreateClient(role, party);

    /// <summary>A message taken in at <paramref name="at"/> and routed to where the person is held (a message to a family is not routed).</summary>
    public async Task<Message> MessageAsync(Person person, MessageKind kind, MessageDirection direction, DateTimeOffset at, Guid? enquiryId = null, string text = "Мы живы и здоровы, ждём тебя домой.")
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var seal = MailSeals.ForMessages(scope.ServiceProvider.GetRequiredService<FieldEncryption>());
        var draft = new MessageDraft(kind, direction, person.Id, enquiryId is { } e ? new Domain.Tracing.EnquiryId(e) : null,
            "Коваленко Галина Іванівна", "вул. Шевченка 1, Київ", "mother", "uk", text, MailIntake.Caseworker, null);
        var message = Message.Create(draft, null, seal, Staff, at);
        await MailRouter.RouteAsync(db, message, Staff, at);
        db.Messages.Add(message);
        await db.SaveChangesAsync();
        return message;
    }

    public async Task<Parcel> ParcelAsync(Person person, DateTimeOffset at, params ParcelLineDraft[] lines)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var seal = MailSeals.ForParcels(scope.ServiceProvider.GetRequiredService<FieldEncryption>());
        var rules = scope.ServiceProvider.GetRequiredService<MailSettings>().ParcelRules;
        var parcel = Parcel.Create(new ParcelDraft(person.Id, null, "Коваленко Галина Іванівна", "вул. Шевченка 1, Київ", MailIntake.Caseworker,
            lines.Length > 0 ? lines : [new ParcelLineDraft(ParcelCategory.Clothing, "wool socks", 3, 300), new ParcelLineDraft(ParcelCategory.Hygiene, "soap", 2, 200)]),
            rules, seal, Staff, at);
        await MailRouter.RouteAsync(db, parcel, Staff, at);
        db.Parcels.Add(parcel);
        await db.SaveChangesAsync();
        return parcel;
    }

    /// <summary>Changes one item as the intermediary's staff would, at <paramref name="at"/>.</summary>
    public async Task ChangeAsync(string reference, Action<MailItem> change)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        MailItem item = reference.StartsWith(MailReference.MessagePrefix, StringComparison.Ordinal)
            ? await db.Messages.Include(m => m.Events).SingleAsync(m => m.Reference == reference)
            : await db.Parcels.Include(p => p.Events).Include(p => p.Lines).SingleAsync(p => p.Reference == reference);
        change(item);
        await db.SaveChangesAsync();
    }

    /// <summary>A batch to <paramref name="placeCode"/> holding the given cleared items, dispatched at <paramref name="at"/>.</summary>
    public async Task<MailBatch> DispatchAsync(string placeCode, DateTimeOffset at, params string[] references)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var place = await db.Places.SingleAsync(p => p.Code == placeCode);
        var batch = MailBatch.Create(place.Id, place.HoldingPartyId, "courier", Staff, at);
        db.MailBatches.Add(batch);
        var items = new List<MailItem>();
        items.AddRange(await db.Messages.Include(m => m.Events).Where(m => references.Contains(m.Reference)).ToListAsync());
        items.AddRange(await db.Parcels.Include(p => p.Events).Where(p => references.Contains(p.Reference)).ToListAsync());
        foreach (var item in items)
        {
            item.AddToBatch(batch);
        }

        batch.Dispatch(items, Staff, at);
        await db.SaveChangesAsync();
        return batch;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
