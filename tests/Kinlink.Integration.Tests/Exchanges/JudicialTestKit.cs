using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>
/// Proceedings opened through the API, and exchange operations built with the domain types (preparing them through the
/// API is another slice's): prepared with every person resolved, confirmed and willing, and executed with the handover
/// recorded on each person's timeline as the execution records it (a repatriation labelled "exchange EXC-…").
/// </summary>
internal static class JudicialTestKit
{
    public static readonly Actor Staff = new("caseworker@test.example", null);

    public static object OpenBody(string person, string? notifiedOn = null) => new
    {
        person,
        prosecutingParty = "RU",
        charges = "Викрадення майна (ст. 158)",
        legalProvisions = "Кримінальний кодекс, ст. 158",
        court = "Гарнізонний військовий суд, Ростов",
        notifiedOn,
    };

    public static async Task<JsonElement> OpenAsync(HttpClient client, string person, string? notifiedOn = null) =>
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/judicial", OpenBody(person, notifiedOn)), HttpStatusCode.Created);

    public static async Task<PersonId> PersonIdAsync(AppFixture app, string reference)
    {
        await using var db = app.Database.NewContext();
        var parsed = IntermediaryReference.Parse(reference);
        return await db.Persons.Where(p => p.Reference == parsed).Select(p => p.Id).SingleAsync();
    }

    /// <summary>An exchange RU for UA, being prepared: each person on RU's list, resolved, identity confirmed and willing to go home.</summary>
    public static async Task<string> PreparedExchangeAsync(AppFixture app, params string[] persons)
    {
        await using var db = app.Database.NewContext();
        var ru = await db.Parties.Where(p => p.Code == "RU").Select(p => p.Id).SingleAsync();
        var ua = await db.Parties.Where(p => p.Code == "UA").Select(p => p.Id).SingleAsync();
        var at = app.Factory.Clock.GetUtcNow();
        var operation = ExchangeOperation.Create(new ExchangeDraft(ru, ua, ExchangeTerms.AllForAll, null, null, null, new DateOnly(2026, 11, 26), "Sumy border crossing"), Staff, at);
        foreach (var reference in persons)
        {
            var parsed = IntermediaryReference.Parse(reference);
            var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Reference == parsed);
            var entry = operation.AddEntry(ru, ExchangeEntrySource.Registry, new ExchangeListing(person.Surname, person.GivenName, null, null, null, null), null, null, person.Id, Staff, at);
            entry.ConfirmIdentity(operation, Staff, at);
            entry.RecordInterview(operation, RepatriationWish.Yes, true, "", Staff, at);
        }

        db.Exchanges.Add(operation);
        await db.SaveChangesAsync();
        return operation.Reference;
    }

    /// <summary>Executes the exchange (everyone handed over) and records each person's repatriation as the execution does.</summary>
    public static async Task ExecuteAsync(AppFixture app, string exchange, string handoverDate = "2026-11-26")
    {
        var persons = new List<string>();
        await using (var db = app.Database.NewContext())
        {
            var operation = await db.Exchanges.Include(x => x.Entries).SingleAsync(x => x.Reference == exchange);
            var at = app.Factory.Clock.GetUtcNow();
            var handedOver = operation.Execute(DateOnly.Parse(handoverDate, System.Globalization.CultureInfo.InvariantCulture),
                [.. operation.Entries.Select(e => new HandoverDecision(e.Id, true))], "One side's list only in this test", new HashSet<PersonId>(), Staff, at);
            await db.SaveChangesAsync();
            var ids = handedOver.Select(e => e.PersonId!.Value).ToList();
            persons.AddRange(await db.Persons.Where(p => ids.Contains(p.Id)).Select(p => p.Reference.Value).ToListAsync());
        }

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<PersonService>();
        foreach (var person in persons)
        {
            await service.RecordEventAsync(person, new StatusEventInput { Kind = "repatriated", Date = handoverDate, Source = $"exchange {exchange}" }, null, Staff);
        }
    }

    public static async Task RecordEventAsync(AppFixture app, string person, string kind, string date, string source, bool correction = false, string? place = null)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonService>().RecordEventAsync(person,
            new StatusEventInput { Kind = kind, Date = date, Source = source, IsCorrection = correction, Place = place }, null, Staff);
    }
}
