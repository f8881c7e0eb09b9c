using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// What the pages of deaths, packets and medical cases show in the page tests: a person of their own (a Ukrainian held in
/// <paramref name="place"/>), a death notification transmitted to UA with its certificate and a packet, and a medical case
/// decided for repatriation and overdue, so every part of each page renders.
/// </summary>
internal static class DeathPageKit
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);

    public sealed record Seeded(string Person, string Death, string Packet, string MedicalCase);

    public static async Task<Seeded> SeedAsync(AppFixture app, string place)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        var person = await persons.RegisterAsync(new PersonInput
        {
            Category = "pow", Surname = "Мельник", GivenName = "Андрій", DateOfBirth = "1988-07-09", DependsOn = "UA", FatherName = "Петро", Rank = "солдат", ServiceNumber = "UA-778899",
        }, Actor.System);
        var reference = person.Reference.Value;
        await persons.RecordEventAsync(reference, new StatusEventInput { Kind = "captured", Date = "2025-04-01", Place = place }, null, Actor.System);

        var cases = scope.ServiceProvider.GetRequiredService<MedicalCaseService>();
        var proposed = await cases.ProposeAsync(new MedicalCaseInput { Person = reference, Grounds = "incurable", Diagnosis = "Ампутація правої ноги", ProposedBy = "Лікар табору", ProposedOn = "2026-06-01" }, Caseworker);
        var wished = await cases.RecordWishAsync(proposed.Case.Reference, new MedicalCaseStepInput { Wish = "yes", HeldInPrivate = true, Version = proposed.Case.Version }, Caseworker);
        await cases.RecordDecisionAsync(proposed.Case.Reference, new MedicalCaseStepInput
        {
            ExaminedOn = "2026-07-01", ExaminationPlace = "Госпіталь", Decision = "repatriation", DecisionNote = "Одноголосно", DecisionCommunicatedOn = "2026-07-05", Version = wished.Case.Version,
        }, Caseworker);

        var deaths = scope.ServiceProvider.GetRequiredService<DeathNotificationService>();
        var death = await deaths.RecordAsync(new DeathNotificationInput
        {
            Person = reference, ReportedBy = "RU", DateOfDeath = "2026-11-20", PlaceOfDeath = "Госпіталь", CauseOfDeath = "Серцева недостатність", Circumstances = "Уві сні",
            DateOfBurial = "2026-11-23", PlaceOfBurial = "Кладовище", GraveIdentification = "Ділянка 4, ряд 2, могила 17", GraveMarked = true, Cremated = false,
            OfficialEnquiryRequired = true, ResponsibleAuthority = "Начальник госпіталю", Witnesses = "Іваненко, Петренко",
        }, Caseworker);
        await deaths.AttachCertificateAsync(death.Notification.Reference, new MemoryStream(DeathMatrixKit.Pdf), "свідоцтво.pdf", Caseworker);
        var packet = await scope.ServiceProvider.GetRequiredService<EffectsPacketService>().ReceiveAsync(new EffectsPacketInput
        {
            Person = reference, DeathNotification = death.Notification.Reference, Reason = "died", SealNumber = "П-17", ReceivedOn = "2026-11-25", ReceivedFrom = "Госпіталь",
            Items = [new EffectsItemInput { Description = "Годинник", Quantity = 1 }, new EffectsItemInput { Description = "Гроші", Quantity = 1, Amount = 1200m, Currency = "RUB" }],
        }, Caseworker);
        await deaths.TransmitAsync(death.Notification.Reference, death.Notification.Version, Caseworker);
        return new Seeded(reference, death.Notification.Reference, packet.Packet.Reference, proposed.Case.Reference);
    }
}
