using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

internal static class CandidateTestKit
{
    /// <summary>A candidate stored as a matching pass would store it, for tests of who may see and decide it (matching itself is tested in EnquiryMatchingTests).</summary>
    public static async Task<Guid> ProposeAsync(IServiceProvider services, EnquiryId enquiry, PersonId person)
    {
        var db = services.GetRequiredService<KinlinkDbContext>();
        var candidate = EnquiryCandidate.Propose(enquiry, person, 3.5, MatchBucket.Possible, MatchModel.Default.Version, EnquiryCandidateReason.NewPerson, null, 0, DateTimeOffset.UtcNow);
        db.EnquiryCandidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id.Value;
    }
}
