using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Web;

/// <summary>
/// What the pages of <see cref="PageRenderingTests"/> that show one visit, one visit request or one duplicate pair need:
/// a visit to the hospital that saw the seeded Коваленко, a request to RU to visit him, and a pair of him with a near copy.
/// </summary>
internal static class PageRenderingData
{
    private static readonly Actor Delegate = new("delegate@test.example", null);

    public sealed record Seeded(string Visit, string VisitRequest, Guid DuplicatePair);

    public static async Task<Seeded> SeedAsync(AppFixture app, WebTestData data)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var visits = scope.ServiceProvider.GetRequiredService<VisitService>();
        var visit = await visits.CreateAsync(new VisitInput { Place = WebTestData.Hospital, StartedOn = "2026-11-20", Delegates = ["Anna Keller"], PrivateInterviewsAllowed = true }, Delegate);
        await visits.RecordPersonAsync(visit.Reference, new VisitPersonInput { Person = data.Kovalenko, Seen = true, PrivateInterview = true, MessagesToSend = "Мамі: я живий" }, Delegate);

        var request = await scope.ServiceProvider.GetRequiredService<VisitRequestService>().CreateAsync(new VisitRequestInput
        {
            Party = "RU", Place = WebTestData.Hospital, ProposedFrom = "2026-12-10", ProposedTo = "2026-12-12", Purpose = "Відвідування за ст. 126", Priority = "high",
            Persons = [new VisitRequestPersonInput { PersonId = data.Kovalenko }],
        }, new Actor("caseworker@test.example", null));

        var persons = scope.ServiceProvider.GetRequiredService<Data.Registry.PersonService>();
        var nearCopy = await persons.RegisterAsync(new Data.Registry.PersonInput { Category = "pow", Surname = "Коваленко", GivenName = "Олексій", DateOfBirth = "1994-03-12", DependsOn = "UA" }, Actor.System);
        var db = scope.ServiceProvider.GetRequiredService<Data.Persistence.KinlinkDbContext>();
        // The system sees every person in full, so the record carries the person.
        var kovalenko = (await persons.GetAsync(data.Kovalenko, Actor.System)).Person!;
        // Stored as a scan would store it: the scan is tested in Duplicates/, this page only shows the pair.
        var pair = Data.Registry.Duplicates.DuplicatePair.Found(kovalenko.Id, nearCopy.Id, 12.5, global::Kinlink.Matching.Scoring.MatchBucket.Likely, global::Kinlink.Matching.Scoring.MatchModel.Default.Version, DateTimeOffset.UtcNow);
        db.DuplicatePairs.Add(pair);
        await db.SaveChangesAsync();
        return new Seeded(visit.Reference, request.Request.Reference, pair.Id.Value);
    }
}
