using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Exchanges;
using Kinlink.Integration.Tests.Mail;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Reports;

/// <summary>
/// A small world whose every dashboard figure is known. Persons: Kovalenko and Shevchenko (UA, held in RU-CAMP-01),
/// Ivanov (RU, held in UA-CAMP-01), Orlov (RU, registered, no event: status unknown, held nowhere), Smith (internee of no
/// recorded party, held in UA-CAMP-01, which RU's officers never see). Enquiries: two taken down on 2026-11-27 09:00, one
/// located on 2026-12-01 09:00 (4 days), one closed without result on 2026-12-11 09:00 (14 days), a third taken down then
/// and still open; the clock ends on 2026-12-11. Mail: a letter to Kovalenko delivered after 2 days, a parcel to Shevchenko
/// undeliverable (died), a letter to Ivanov still on the way. A visit to RU-CAMP-01 (20-21 November), an exchange being prepared.
/// </summary>
internal static class DashboardWorld
{
    public static readonly DateTimeOffset October = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<MailWorld> StartAsync(DatabaseKind kind)
    {
        var world = await MailWorld.StartAsync(kind);
        var app = world.App;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Орлов", GivenName = "Павел", DependsOn = "RU" }, Actor.System);
            var smith = await persons.RegisterAsync(new PersonInput { Category = "internee", Surname = "Smith", GivenName = "John" }, Actor.System);
            await persons.RecordEventAsync(smith.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-03-01", Place = TestRegistry.CampUa }, null, Actor.System);
        }

        var letter = await world.MessageAsync(world.Kovalenko, MessageKind.Letter, MessageDirection.ToDetainee, October);
        await world.ChangeAsync(letter.Reference, item =>
        {
            ((Message)item).RecordCheck(MessageCheckOutcome.Passed, null, MailWorld.Staff, October.AddHours(1));
            item.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, MailWorld.Staff, October.AddDays(2));
        });
        var parcel = await world.ParcelAsync(world.Shevchenko, October);
        await world.ChangeAsync(parcel.Reference, item => item.MarkUndeliverable(UndeliverableReason.Died, null, MailWorld.Staff, October.AddDays(3)));
        await world.MessageAsync(world.Ivanov, MessageKind.Letter, MessageDirection.ToDetainee, October.AddDays(9));

        using var caseworker = app.CreateClient("caseworker");
        await VisitTestKit.CreateVisitAsync(caseworker);
        await ExchangeTestKit.CreateAsync(caseworker);

        var located = await EnquiryCaseTestKit.CreateAsync(app, "Коваленко");
        var closed = await EnquiryCaseTestKit.CreateAsync(app, "Шевченко");
        app.Factory.Clock.Advance(TimeSpan.FromDays(4));
        await EnquiryCaseTestKit.MoveToLocatedAsync(app, located, world.Kovalenko.Id);
        app.Factory.Clock.Advance(TimeSpan.FromDays(10));
        await ChangeStatusAsync(app, closed, "searching");
        await ChangeStatusAsync(app, closed, "closed-without-result");
        await EnquiryCaseTestKit.CreateAsync(app, "Бондаренко");
        return world;
    }

    private static async Task ChangeStatusAsync(AppFixture app, string reference, string status)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EnquiryCaseService>().ChangeStatusAsync(reference,
            new StatusChangeInput { Status = status, Reason = "Пошук у списках", Version = await EnquiryCaseTestKit.VersionAsync(app, reference) }, new Actor("caseworker@test.example", null));
    }

    public static async Task<JsonElement> DashboardAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
