using System.Collections;
using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Reports;

/// <summary>
/// The figures of the home page, each counted in the database (grouped counts, never the rows). Persons obey the
/// viewer's party scope; the enquiries, visits, mail and exchanges are the intermediary's work and are left out for a
/// party's account and the public form whatever sections were asked for. The caller asks only for the sections whose
/// pages the viewer may open. Counting a million persons takes seconds, so unless the maximum age is 0 the figures come
/// from <see cref="DashboardCache"/>, counted per scope and said to be "as of" the moment they were counted.
/// </summary>
public sealed class DashboardService(
    KinlinkDbContext db,
    RegistryOverviewService overview,
    VisitCoverageService coverage,
    MailReportService mailReports,
    DashboardCache cache,
    DashboardSettings settings,
    AuditTrail audit,
    TimeProvider clock)
{
    internal const DashboardSections AllSections = DashboardSections.Persons | DashboardSections.Enquiries | DashboardSections.Visits | DashboardSections.Mail | DashboardSections.Exchanges;

    /// <summary>How many months the enquiry flow covers, the current one included.</summary>
    public const int Months = 12;

    /// <summary>The status changes that answer a family: the person found, known dead, or the search ended without a result.</summary>
    private static readonly EnquiryStatus[] AnsweringStatuses = [EnquiryStatus.Located, EnquiryStatus.ReportedDead, EnquiryStatus.ClosedWithoutResult];

    private static readonly EnquiryStatus[] ClosingStatuses = [EnquiryStatus.ReportedDead, EnquiryStatus.ClosedWithoutResult, EnquiryStatus.Withdrawn];

    public async Task<Dashboard> GetAsync(DashboardSections sections, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary || actor.IsPublic)
        {
            sections &= DashboardSections.Persons;
        }

        var figures = settings.CountsEveryRequest ? await CountAsync(sections, actor, cancellationToken) : await cache.GetAsync(actor, cancellationToken);
        // Who read the coverage and the delivery times is recorded per request, however long ago they were counted.
        if (figures.Visits is { } visits && sections.HasFlag(DashboardSections.Visits))
        {
            VisitCoverageService.RecordCoverageRead(audit, actor, visits);
        }

        if (figures.Mail is { } mail && sections.HasFlag(DashboardSections.Mail))
        {
            MailReportService.RecordDelaysRead(audit, actor, mail.Delivery);
        }

        // The intermediary's count holds every section: each viewer gets only those it may read.
        return figures with
        {
            Enquiries = sections.HasFlag(DashboardSections.Enquiries) ? figures.Enquiries : null,
            Visits = sections.HasFlag(DashboardSections.Visits) ? figures.Visits : null,
            Mail = sections.HasFlag(DashboardSections.Mail) ? figures.Mail : null,
            Exchanges = sections.HasFlag(DashboardSections.Exchanges) ? figures.Exchanges : null,
        };
    }

    /// <summary>Counts the given sections now, within the actor's scope (the caller has already narrowed them to what the actor may read).</summary>
    internal async Task<Dashboard> CountAsync(DashboardSections sections, Actor actor, CancellationToken cancellationToken)
    {
        var countedAt = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(countedAt.UtcDateTime);
        return new Dashboard(
            today,
            countedAt,
            await PersonsAsync(actor, cancellationToken),
            sections.HasFlag(DashboardSections.Enquiries) ? await EnquiriesAsync(today, cancellationToken) : null,
            sections.HasFlag(DashboardSections.Visits) ? await coverage.CountCoverageAsync(cancellationToken) : null,
            sections.HasFlag(DashboardSections.Mail) ? await MailAsync(cancellationToken) : null,
            sections.HasFlag(DashboardSections.Exchanges) ? await ExchangesAsync(cancellationToken) : null);
    }

    private async Task<DashboardPersons> PersonsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var registry = await overview.GetAsync(actor, cancellationToken);
        var visible = (await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken)).Where(p => p.MergedIntoId == null);
        var byHolder = await visible
            .Join(db.Places, p => p.CurrentPlaceId, place => (PlaceId?)place.Id, (p, place) => place.HoldingPartyId)
            .GroupBy(holder => holder)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var parties = await ConflictPartiesAsync(cancellationToken);
        var holders = parties.Select(p => new PartyCount(p.Code, p.Name, byHolder.GetValueOrDefault(p.Id))).ToList();
        holders.Add(new PartyCount(null, null, registry.Persons - byHolder.Values.Sum()));
        return new DashboardPersons(
            registry.Persons,
            registry.PersonsByParty.Select(p => new PartyCount(p.PartyCode, p.PartyName, p.Count)).ToList(),
            holders,
            registry.PersonsByStatus,
            registry.Places,
            registry.OpenPlaces,
            registry.Imports);
    }

    private async Task<DashboardEnquiries> EnquiriesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var byStatus = await db.Enquiries.AsNoTracking()
            .GroupBy(e => e.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var months = Enumerable.Range(0, Months)
            .Select(back => new DateOnly(today.Year, today.Month, 1).AddMonths(back - Months + 1).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .ToList();
        var flow = await db.Database.SqlQueryRaw<MonthRow>(MonthlyFlowSql(), months[0]).ToListAsync(cancellationToken);
        int Count(string series, string month) => (int)flow.Where(r => r.Series == series && r.Month == month).Sum(r => r.Count);
        var waits = await db.Database.SqlQueryRaw<WaitRow>(FirstAnswerSql()).ToListAsync(cancellationToken);
        var days = new Histogram(waits.Select(w => (w.Tenths / 10.0, (int)w.Count)));

        var answering = AnsweringStatuses.Select(s => (EnquiryStatus?)s).ToList();
        var awaiting = await db.Enquiries.AsNoTracking()
            .Where(e => e.Status == EnquiryStatus.Open || e.Status == EnquiryStatus.Searching)
            .CountAsync(e => !db.EnquiryEvents.Any(ev => ev.EnquiryId == e.Id && ev.Kind == EnquiryEventKind.Status && answering.Contains(ev.ToStatus)), cancellationToken);

        return new DashboardEnquiries(
            Enum.GetValues<EnquiryStatus>().Select(s => (s, byStatus.GetValueOrDefault(s))).ToList(),
            months.Select(m => new EnquiryMonth(m, Count("opened", m), Count("located", m), Count("closed", m))).ToList(),
            days.Count,
            VisitCoverageService.Percentile(days, 0.5),
            VisitCoverageService.Percentile(days, 0.9),
            awaiting);
    }

    private async Task<DashboardMail> MailAsync(CancellationToken cancellationToken)
    {
        var messages = await db.Messages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var parcels = await db.Parcels.AsNoTracking().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var delays = await mailReports.CountDelaysAsync(cancellationToken);
        return new DashboardMail(States(messages), States(parcels), delays);
    }

    private static MailStateCounts States(Dictionary<MailStatus, int> counts)
    {
        int Sum(params MailStatus[] statuses) => statuses.Sum(counts.GetValueOrDefault);
        return new MailStateCounts(
            Sum(MailStatus.Received, MailStatus.Cleared, MailStatus.InTransit),
            Sum(MailStatus.Delivered),
            Sum(MailStatus.Undeliverable),
            Sum(MailStatus.Withheld, MailStatus.Refused, MailStatus.Returned));
    }

    private async Task<DashboardExchanges> ExchangesAsync(CancellationToken cancellationToken)
    {
        var byStatus = await db.Exchanges.AsNoTracking()
            .GroupBy(e => e.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var handedOver = await (from entry in db.ExchangeEntries.AsNoTracking()
                                join exchange in db.Exchanges on entry.ExchangeId equals exchange.Id
                                where exchange.Status == ExchangeStatus.Executed && entry.Outcome == HandoverOutcome.HandedOver
                                group entry by entry.ReleasingPartyId into g
                                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var parties = await ConflictPartiesAsync(cancellationToken);
        return new DashboardExchanges(
            Enum.GetValues<ExchangeStatus>().Select(s => (s, byStatus.GetValueOrDefault(s))).ToList(),
            parties.Select(p => new PartyCount(p.Code, p.Name, handedOver.GetValueOrDefault(p.Id))).ToList());
    }

    private async Task<List<Party>> ConflictPartiesAsync(CancellationToken cancellationToken) =>
        await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.ConflictParty).OrderBy(p => p.Code).ToListAsync(cancellationToken);

    private bool IsPostgres => db is PostgresKinlinkDbContext;

    /// <summary>The calendar month (UTC) of a timestamp column as "YYYY-MM": SQLite keeps them as ISO text, PostgreSQL as timestamptz.</summary>
    private string MonthOf(string column) => IsPostgres ? $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')" : $"strftime('%Y-%m', {column})";

    private string DaysBetween(string later, string earlier) => IsPostgres
        ? $"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"
        : $"(julianday({later}) - julianday({earlier}))";

    private static string StatusList(IEnumerable<EnquiryStatus> statuses) => string.Join(", ", statuses.Select(s => $"'{s}'"));

    /// <summary>
    /// Per series and month from {0} on: enquiries taken down, and the enquiries that reached located or an end in the month
    /// (each enquiry once a month, however often its status moved). Written per provider because EF cannot group
    /// SQLite's text timestamps by month.
    /// </summary>
    private string MonthlyFlowSql() => $"""
        SELECT t."Series", t."Month", COUNT(*) AS "Count" FROM (
            SELECT 'opened' AS "Series", {MonthOf("q.\"CreatedAt\"")} AS "Month", q."Id" AS "EnquiryId" FROM enquiries q
            UNION
            SELECT CASE WHEN e."ToStatus" = '{EnquiryStatus.Located}' THEN 'located' ELSE 'closed' END, {MonthOf("e.\"At\"")}, e."EnquiryId"
            FROM enquiry_events e
            WHERE e."Kind" = '{EnquiryEventKind.Status}' AND e."ToStatus" IN ({StatusList([EnquiryStatus.Located, .. ClosingStatuses])})
        ) t
        WHERE t."Month" >= {"{0}"}
        GROUP BY t."Series", t."Month"
        """;

    /// <summary>Per wait in tenths of a day, how many enquiries had their first answer after it.</summary>
    private string FirstAnswerSql() => $"""
        SELECT CAST(ROUND({DaysBetween("f.\"FirstAt\"", "q.\"CreatedAt\"")} * 10) AS {(IsPostgres ? "bigint" : "INTEGER")}) AS "Tenths", COUNT(*) AS "Count"
        FROM enquiries q
        JOIN (SELECT "EnquiryId", MIN("At") AS "FirstAt" FROM enquiry_events
              WHERE "Kind" = '{EnquiryEventKind.Status}' AND "ToStatus" IN ({StatusList(AnsweringStatuses)})
              GROUP BY "EnquiryId") f ON f."EnquiryId" = q."Id"
        GROUP BY 1
        """;

    private sealed class MonthRow
    {
        public string Series { get; set; } = "";

        public string Month { get; set; } = "";

        public long Count { get; set; }
    }

    private sealed class WaitRow
    {
        public long Tenths { get; set; }

        public long Count { get; set; }
    }

    /// <summary>Grouped values read as the sorted list they stand for, so a percentile needs no row per enquiry.</summary>
    private sealed class Histogram : IReadOnlyList<double>
    {
        private readonly List<(double Value, int Cumulative)> steps = [];

        public Histogram(IEnumerable<(double Value, int Count)> groups)
        {
            foreach (var (value, count) in groups.Where(g => g.Count > 0).OrderBy(g => g.Value))
            {
                Count += count;
                steps.Add((value, Count));
            }
        }

        public int Count { get; }

        public double this[int index] => steps.First(s => index < s.Cumulative).Value;

        public IEnumerator<double> GetEnumerator() => steps.SelectMany((s, i) => Enumerable.Repeat(s.Value, s.Cumulative - (i == 0 ? 0 : steps[i - 1].Cumulative))).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
