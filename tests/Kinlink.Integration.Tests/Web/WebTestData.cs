using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Web;

/// <summary>
/// A small registry entered through the app's own services: two parties, three places, and three persons —
/// one seriously wounded in hospital (health news overdue on the fake clock's 2026-11-27), one dead, one
/// with a Latin name and no events.
/// </summary>
internal sealed record WebTestData(string Kovalenko, string Ivanov, string Smith)
{
    public const string KovalenkoName = "Коваленко Олексій Іванович";
    public const string IvanovName = "Иванов Сергей Петрович";
    /// <summary>The Latin reading the registry shows beside the name.</summary>
    public static string KovalenkoLatin => PersonService.LatinReading(KovalenkoName);

    /// <summary>A family's enquiry about Kovalenko: located (he is in hospital), he allowed only that he is alive, one contact.</summary>
    public string Enquiry { get; init; } = "";

    public const string Colony = "RU-COLONY-10";
    public const string Hospital = "RU-HOSP-3";
    public const string UaCamp = "UA-CAMP-1";

    public static async Task<WebTestData> SeedAsync(AppFixture app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var parties = scope.ServiceProvider.GetRequiredService<PartyService>();
        var places = scope.ServiceProvider.GetRequiredService<PlaceService>();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        var system = Actor.System;

        await parties.CreateAsync("UA", "Ukraine", PartyKind.ConflictParty);
        await parties.CreateAsync("RU", "Russian Federation", PartyKind.ConflictParty);

        await places.CreateAsync(new PlaceInput { Code = Colony, Name = "Исправительная колония № 10", Kind = "penal-colony", HoldingParty = "RU", Region = "Мордовия", Capacity = 800 }, system);
        await places.CreateAsync(new PlaceInput { Code = Hospital, Name = "Военный госпиталь № 3", Kind = "hospital", HoldingParty = "RU", Region = "Ростовская область" }, system);
        await places.CreateAsync(new PlaceInput { Code = UaCamp, Name = "Табір для військовополонених № 1", Kind = "camp", HoldingParty = "UA", Region = "Львівська область", Capacity = 500 }, system);

        var kovalenko = await persons.RegisterAsync(new PersonInput
        {
            Category = "pow", Surname = "Коваленко", GivenName = "Олексій", Patronymic = "Іванович", Sex = "M",
            DateOfBirth = "1994-03-12", PlaceOfBirth = "Харків", Rank = "сержант", ServiceNumber = "AB-123456", DependsOn = "UA",
            FatherName = "Іван", MotherMaidenName = "Шевченко", InformName = "Коваленко Ганна Петрівна", InformAddress = "Харків, вул. Сумська, 1",
            Languages = "українська",
        }, system);
        await persons.RecordEventAsync(kovalenko.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-10-01", Place = Colony, Source = "список від 2026-10-05" }, null, system);
        await persons.RecordEventAsync(kovalenko.Reference.Value, new StatusEventInput
        {
            Kind = "hospitalised", Date = "2026-11-15", Place = Hospital, FromPlace = Colony, Condition = "осколкові поранення", SeriouslyIllOrWounded = true,
        }, null, system);

        var ivanov = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Иванов", GivenName = "Сергей", Patronymic = "Петрович", Sex = "M", DateOfBirth = "1990", DependsOn = "RU", Rank = "рядовой" }, system);
        await persons.RecordEventAsync(ivanov.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-09", Place = UaCamp }, null, system);
        await persons.RecordEventAsync(ivanov.Reference.Value, new StatusEventInput { Kind = "died", Date = "2026-11-02", Note = "Повідомлення табору" }, null, system);

        var smith = await persons.RegisterAsync(new PersonInput { Category = "internee", Surname = "Smith", GivenName = "John", Sex = "M", DependsOn = "UA" }, system);

        var enquiry = await Tracing.EnquiryCaseTestKit.LocatedEnquiryAsync(app, kovalenko.Id, "Коваленко", consent: "refused", allowedOnRefusal: "that-alive");
        return new WebTestData(kovalenko.Reference.Value, ivanov.Reference.Value, smith.Reference.Value) { Enquiry = enquiry };
    }

    /// <summary>Reads a person through the services, as the registry stores them.</summary>
    public static async Task<PersonRecord> PersonAsync(AppFixture app, string reference)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersonService>().GetAsync(reference, Actor.System);
    }

    public static async Task<int> PersonCountAsync(AppFixture app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PersonService>().SearchAsync(new PersonQuery(), Actor.System)).Total;
    }
}
