using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Matching.Engine;

namespace Kinlink.Bench;

/// <summary>
/// Kinlink's database search service (<see cref="PersonMatchSearch"/>) as the bench calls it: the enquiry typed as one
/// line of text with its date of birth and sex, asked by an intermediary caseworker (who sees every person), exactly as
/// the API and the persons page ask it.
/// </summary>
/// <remarks>
/// The search records an audit entry, as in the application; the entry is queued (the cost the request pays) and not
/// written, since the application writes it after the response on another thread. The queue of a few thousand
/// entries is dropped with the process.
/// </remarks>
public static class DatabaseSearchBinding
{
    private static readonly Actor Caseworker = new("bench-caseworker", null);

    private static readonly MatchStatisticsCache Statistics = new(TimeProvider.System);

    private static readonly Lazy<AuditTrail> Audit = new(() =>
    {
        var keys = Directory.CreateTempSubdirectory("kinlink-bench-keys-");
        return new AuditTrail(() => throw new InvalidOperationException("The bench does not write audit entries."), new KeyStore(keys.FullName), TimeProvider.System);
    });

    /// <summary>The search as a server runs it with <paramref name="resident"/>: on it once loaded, on the stored keys until then.</summary>
    public static PersonSearch With(ResidentMatchIndex resident) => (db, enquiry, top, cancellationToken) => SearchAsync(db, resident, enquiry, top, cancellationToken);

    private static async Task<IReadOnlyList<PersonId>> SearchAsync(KinlinkDbContext db, ResidentMatchIndex resident, MatchRecord enquiry, int top, CancellationToken cancellationToken)
    {
        var persons = new PersonService(db, TimeProvider.System, Audit.Value);
        var service = new PersonMatchSearch(db, persons, Audit.Value, Statistics, resident);
        var query = new PersonMatchQuery(EnquiryText.Of(enquiry), enquiry.DateOfBirth?.ToString(), enquiry.Sex?.ToString(), top);
        var result = await service.SearchAsync(query, Caseworker, cancellationToken);
        return result.Items.Select(match => match.Person.Id).ToList();
    }
}
