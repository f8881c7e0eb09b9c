using System.Diagnostics;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Kinlink.Integration.Tests.Visits;

public sealed class DemoVisitsTests(DemoSeederFixture fixture, ITestOutputHelper output) : IClassFixture<DemoSeederFixture>
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_has_requests_to_both_parties_in_every_status_and_partial_coverage_per_place(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();

        var requests = await db.VisitRequests.AsNoTracking().Include(r => r.Persons).ToListAsync();
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code);
        foreach (var party in new[] { "RU", "UA" })
        {
            var own = requests.Where(r => parties[r.DetainingPartyId] == party).ToList();
            Assert.Equal(Enum.GetValues<VisitRequestStatus>().Order(), own.Select(r => r.Status).Distinct().Order());
            Assert.Contains(own, r => r.IsOverdue(DemoSeederFixture.Now, TimeSpan.FromDays(VisitSettings.DefaultAnswerDueDays)));
            Assert.Contains(own, r => r.Status == VisitRequestStatus.AwaitingAnswer && !r.IsOverdue(DemoSeederFixture.Now, TimeSpan.FromDays(VisitSettings.DefaultAnswerDueDays)));
            Assert.Contains(own, r => r.Status == VisitRequestStatus.PartlyAccepted && r.Persons.Any(p => p.Answer == VisitPersonAnswer.Refused && p.AnswerReason.Length > 0));
            Assert.Contains(own, r => r.Status == VisitRequestStatus.Refused && r.AnswerReason.Length > 0);
            Assert.Contains(own, r => r.Status == VisitRequestStatus.Visited && r.VisitId is not null);
        }

        var visits = await db.Visits.AsNoTracking().Include(v => v.Persons).ToListAsync();
        Assert.True(visits.Count >= 6, $"{visits.Count} visits");
        Assert.Contains(visits, v => v.Persons.Any(p => !p.Seen && p.NotSeenReason != VisitNotSeenReason.None));
        Assert.Contains(visits, v => v.Persons.Any(p => p.PrivateInterview && FieldEncryption.LooksSealed(p.SealedNote)));
        Assert.Contains(visits, v => v.Persons.Any(p => p.MessagesToSend.Length > 0));
        Assert.All(visits.Where(v => v.SealedFindings is not null), v => Assert.True(FieldEncryption.LooksSealed(v.SealedFindings)));
        Assert.Contains(visits, v => v.SealedFindings is not null && v.SealedRecommendations is not null);
        Assert.DoesNotContain(visits, v => (v.SealedFindings ?? "").Contains("overcrowded", StringComparison.Ordinal));

        var followUps = await db.VisitFollowUps.AsNoTracking().ToListAsync();
        var today = DateOnly.FromDateTime(DemoSeederFixture.Now.UtcDateTime);
        Assert.Contains(followUps, f => f.State == VisitFollowUpState.Open && !f.IsOverdue(today));
        Assert.Contains(followUps, f => f.IsOverdue(today));
        Assert.Contains(followUps, f => f.State == VisitFollowUpState.Done);

        // Coverage on the demo: some places partly visited, the figures computed in the database.
        var audit = new AuditTrail(seeded.Database.NewContext, TestKeys.NewStore(), DemoSeederFixture.Clock());
        await using (audit)
        {
            var service = new VisitCoverageService(db, new PersonService(db, DemoSeederFixture.Clock(), audit), audit, new VisitSettings(14, 90), DemoSeederFixture.Clock());
            // Timed for the report, not asserted: the second round runs on a warm connection and plan cache.
            VisitCoverageReport coverage = null!;
            PagedResult<OverduePerson> overdue = null!;
            for (var round = 1; round <= 2; round++)
            {
                var watch = Stopwatch.StartNew();
                coverage = await service.CoverageAsync(Actor.System);
                var coverageTime = watch.Elapsed;
                watch.Restart();
                overdue = await service.OverdueAsync(null, null, 1, 50, Actor.System);
                output.WriteLine($"{kind} round {round}: coverage of {coverage.Parties.Sum(p => p.Held)} held persons in {coverageTime.TotalMilliseconds:0} ms; overdue page 1 of {overdue.Total} in {watch.Elapsed.TotalMilliseconds:0} ms");
            }

            Assert.Contains(coverage.Places, p => p.Held > 0 && p.SeenShare is > 0 and < 1);
            Assert.True(coverage.Places.Count(p => p.Held > 0 && p.SeenShare is > 0 and < 1) >= 4);
            Assert.All(coverage.Parties, p => Assert.True(p.Seen > 0 && p.Seen < p.Held, $"{p.PartyCode}: {p.Seen} of {p.Held}"));
            Assert.True(overdue.Total > 0);
            Assert.Null(overdue.Items[0].LastSeenOn);
            var answers = await service.AnswerTimesAsync(Actor.System);
            Assert.All(answers, a => Assert.True(a.MedianDays > 0 && a.RefusedShare > 0 && a.AwaitingOverdue > 0, a.ToString()));
        }
    }
}
