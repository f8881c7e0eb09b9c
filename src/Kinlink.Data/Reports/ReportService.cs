using System.Globalization;
using System.Runtime.CompilerServices;
using Kinlink.Data.Access;
using Kinlink.Data.Exchanges;
using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;

namespace Kinlink.Data.Reports;

/// <summary>
/// The reports to download. Each is read through the very list query its page uses, one page of
/// <see cref="Paging.MaxPageSize"/> after another, so a report has the page's filters, its policies and the viewer's
/// party scope, and the file is written as the pages arrive. The first page is read before the report is returned, so a
/// bad filter fails (400, naming the field) before a byte of the file is sent. The download is audited when the last row
/// is written (or the reader stops), with the filters and the number of rows.
/// </summary>
public sealed class ReportService(
    PersonService persons, EnquiryService enquiries, VisitService visits, VisitCoverageService coverage, MessageService messages,
    ParcelService parcels, ExchangeService exchanges, AuditTrail audit, TimeProvider clock)
{
    public Task<ReportTable> PersonsAsync(PersonQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagedAsync(ReportNames.Persons, ReportColumns.Persons, actor,
            Describe(("name", Given(query.Name)), ("party", query.Party), ("heldBy", query.HeldBy), ("status", query.Status is { } s ? RegistryCodes.Of(s) : null), ("place", query.Place)),
            page => persons.SearchAsync(query with { Page = page, PageSize = Paging.MaxPageSize }, actor, cancellationToken),
            p => [p.Reference, p.Surname, p.GivenName, p.Patronymic, p.NameLatin, p.DateOfBirth, RegistryCodes.Of(p.Category), p.DependsOnPartyCode,
                RegistryCodes.Of(p.Status), p.StatusSince, p.PlaceCode, p.PlaceName],
            cancellationToken);
    }

    public Task<ReportTable> EnquiriesAsync(EnquiryQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return PagedAsync(ReportNames.Enquiries, ReportColumns.Enquiries, actor,
            Describe(("status", query.Status is { } s ? TracingCodes.Of(s) : null), ("text", Given(query.Text)),
                ("minAge", query.MinAgeDays?.ToString(CultureInfo.InvariantCulture))),
            page => enquiries.ListAsync(query with { Page = page, PageSize = Paging.MaxPageSize }, actor, cancellationToken),
            e => [e.Reference, TracingCodes.Of(e.Status), e.SoughtSurname, e.SoughtGivenName, e.SoughtPatronymic, e.SoughtNameLatin, e.EnquirerFullName,
                TracingCodes.Of(e.EnquirerRelation), TracingCodes.Of(e.Channel), DateOnly.FromDateTime(e.CreatedAt.UtcDateTime), EnquiryService.AgeInDays(e.CreatedAt, today)],
            cancellationToken);
    }

    public Task<ReportTable> VisitsAsync(VisitQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagedAsync(ReportNames.Visits, ReportColumns.Visits, actor,
            Describe(("place", query.Place), ("party", query.Party), ("from", query.From), ("to", query.To)),
            page => visits.ListAsync(query with { Page = page, PageSize = Paging.MaxPageSize }, actor, cancellationToken),
            v => [v.Reference, v.PlaceCode, v.PlaceName, v.DetainingPartyCode, v.RequestReference, v.StartedOn, v.EndedOn, v.Delegates,
                v.PersonsRecorded, v.PersonsSeen, v.OpenFollowUps],
            cancellationToken);
    }

    /// <summary>Coverage per place: one short list (a row per place), read whole as the page reads it.</summary>
    public async Task<ReportTable> CoverageAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var report = await coverage.CoverageAsync(actor, cancellationToken);
        return Audited(ReportNames.Coverage, ReportColumns.Coverage, actor, "",
            report.Places.Select(p => (IReadOnlyList<object?>)[p.PlaceCode, p.PlaceName, p.PlaceNameLatin, p.PartyCode, p.Held, p.Seen, p.Overdue, p.LastVisitOn]).ToAsyncEnumerable());
    }

    public Task<ReportTable> MessagesAsync(MessageQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagedAsync(ReportNames.Messages, ReportColumns.Messages, actor,
            Describe(("status", query.Status), ("direction", query.Direction), ("kind", query.Kind), ("person", query.Person), ("enquiry", query.Enquiry),
                ("place", query.Place), ("party", query.Party), ("receivedFrom", query.ReceivedFrom), ("receivedTo", query.ReceivedTo), ("open", query.OpenOnly ? "yes" : null)),
            page => messages.ListAsync(query with { Page = page, PageSize = Paging.MaxPageSize }, actor, cancellationToken),
            m => [m.Reference, MailCodes.Of(m.Kind), MailCodes.Of(m.Direction), m.PersonReference, m.PersonName, PersonService.LatinReading(m.PersonName),
                m.EnquiryReference, m.PlaceCode, MailCodes.Of(m.Status), m.ReceivedAt, MailCodes.Of(m.LastStep), m.LastStepAt],
            cancellationToken);
    }

    public Task<ReportTable> ParcelsAsync(ParcelQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagedAsync(ReportNames.Parcels, ReportColumns.Parcels, actor,
            Describe(("status", query.Status), ("person", query.Person), ("enquiry", query.Enquiry), ("place", query.Place), ("party", query.Party),
                ("refused", query.RefusedOnly ? "yes" : null)),
            page => parcels.ListAsync(query with { Page = page, PageSize = Paging.MaxPageSize }, actor, cancellationToken),
            p => [p.Reference, MailCodes.Of(p.Status), p.Person.Reference, p.Person.Name, p.Person.NameLatin, p.EnquiryReference, p.PlaceCode, p.PartyCode,
                p.BatchReference, p.TotalWeightGrams, p.LineCount, p.ReceivedAt],
            cancellationToken);
    }

    public Task<ReportTable> ExchangesAsync(ExchangeQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PagedAsync(ReportNames.Exchanges, ReportColumns.Exchanges, actor,
            Describe(("status", query.Status), ("party", query.Party)),
            page => exchanges.ListAsync(query with { Page = page, PageSize = Paging.MaxPageSize }, actor, cancellationToken),
            x => [x.Reference, x.PartyA, x.PartyB, ExchangeCodes.Of(x.Terms), x.CountPerSide, x.Categories, x.PlannedDate, x.Place, ExchangeCodes.Of(x.Status),
                x.ListedA, x.ListedB, x.ExecutedOn],
            cancellationToken);
    }

    private async Task<ReportTable> PagedAsync<T>(
        string name, IReadOnlyList<ReportColumn> columns, Actor actor, string filters, Func<int, Task<PagedResult<T>>> fetch, Func<T, IReadOnlyList<object?>> row,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var first = await fetch(1);
        return Audited(name, columns, actor, filters, Rows(first, fetch, row, cancellationToken));
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows<T>(
        PagedResult<T> first, Func<int, Task<PagedResult<T>>> fetch, Func<T, IReadOnlyList<object?>> row, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = first;
        while (true)
        {
            foreach (var item in page.Items)
            {
                yield return row(item);
            }

            // A list that shrank while it was read ends at its first empty page.
            if (page.Page >= page.PageCount || page.Items.Count == 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            page = await fetch(page.Page + 1);
        }
    }

    private ReportTable Audited(string name, IReadOnlyList<ReportColumn> columns, Actor actor, string filters, IAsyncEnumerable<IReadOnlyList<object?>> rows) =>
        new(name, columns, Counted(name, actor, filters, rows));

    private async IAsyncEnumerable<IReadOnlyList<object?>> Counted(string name, Actor actor, string filters, IAsyncEnumerable<IReadOnlyList<object?>> rows)
    {
        var count = 0;
        var complete = false;
        try
        {
            await foreach (var row in rows)
            {
                count++;
                yield return row;
            }

            complete = true;
        }
        finally
        {
            audit.Record(actor, AuditActions.ReportDownload, string.Create(CultureInfo.InvariantCulture,
                $"report {name}{(filters.Length > 0 ? " " + filters : "")}: {count} rows{(complete ? "" : ", stopped before the end")}"), []);
        }
    }

    /// <summary>A name searched is personal data: the audit says only that there was one.</summary>
    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : "given";

    private static string Describe(params (string Field, string? Value)[] filters) =>
        string.Join(' ', filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Field}={f.Value!.Trim()}"));
}
