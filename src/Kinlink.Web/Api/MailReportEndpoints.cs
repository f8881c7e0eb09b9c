using System.Globalization;
using Kinlink.Data.Mail;
using Kinlink.Domain.Mail;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// The mail figures (/api/mail/reports: quotas, delays, undeliverable, late) and the parties' stated limits
/// (/api/mail/limits: read with the figures, set by those who work the mail). <see cref="MailReportService"/> computes and audits.
/// </summary>
internal static class MailReportEndpoints
{
    public static IEndpointRouteBuilder MapMailReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/mail/reports").WithTags("Mail figures").RequireAuthorization(Policies.MailReports);
        reports.MapGet("/quotas", Quotas);
        reports.MapGet("/delays", Delays);
        reports.MapGet("/undeliverable", Undeliverable);
        reports.MapGet("/late", Late);
        app.MapGet("/api/mail/limits", Limits).WithTags("Mail figures").RequireAuthorization(Policies.MailReports);
        app.MapGet("/api/mail/limits/{partyCode}", Limit).WithTags("Mail figures").RequireAuthorization(Policies.MailReports);
        app.MapPut("/api/mail/limits/{partyCode}", SetLimit).WithTags("Mail figures").RequireAuthorization(Policies.MailWork);
        return app;
    }

    private static async Task<Ok<MailQuotaReportDto>> Quotas(MailReportService service, HttpContext http, string? party, string? month, int? page, int? pageSize, CancellationToken ct)
    {
        var r = await service.QuotasAsync(party, month, page, pageSize, http.Actor(), ct);
        return TypedResults.Ok(new MailQuotaReportDto(r.Month, r.PartyCode, r.MinimumLetters, r.MinimumCards, r.Total, r.Page, r.PageSize,
            r.Prisoners.Select(q => new PrisonerMonthQuotaDto(q.PersonReference, q.Surname, q.GivenName, q.Patronymic, q.NameLatin, q.PartyCode, q.PlaceCode,
                q.LettersSent, q.CardsSent, q.CaptureCardsSent, q.LettersReceived, q.CardsReceived, q.LetterLimit, q.CardLimit, q.LimitBelowMinimum)).ToList()));
    }

    private static async Task<Ok<MailDelayReportDto>> Delays(MailReportService service, HttpContext http, CancellationToken ct)
    {
        var r = await service.DelaysAsync(http.Actor(), ct);
        return TypedResults.Ok(new MailDelayReportDto(r.Parties.Select(ToDto).ToList(), r.Places.Select(ToDto).ToList()));
    }

    internal static MailDelayDto ToDto(MailDelay d) => new(d.PartyCode, d.PlaceCode, d.PlaceName, d.Delivered, d.MedianDays, d.Percentile90Days);

    private static async Task<Ok<IReadOnlyList<MailUndeliverableRateDto>>> Undeliverable(MailReportService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<MailUndeliverableRateDto>>((await service.UndeliverableAsync(http.Actor(), ct))
            .Select(u => new MailUndeliverableRateDto(u.PartyCode, u.Ended, u.Undeliverable, u.Share, u.Reasons.ToDictionary(r => MailCodes.Of(r.Key), r => r.Value))).ToList());

    private static async Task<Ok<LateMailReportDto>> Late(MailReportService service, HttpContext http, CancellationToken ct)
    {
        var r = await service.LateAsync(http.Actor(), ct);
        return TypedResults.Ok(new LateMailReportDto(r.DeliveryDueDays,
            r.Items.Select(i => new LateMailItemDto(i.Reference, i.ItemKind, i.PersonReference, i.PartyCode, i.PlaceCode, i.BatchReference, i.DispatchedAt, i.DaysInTransit)).ToList()));
    }

    private static async Task<Ok<IReadOnlyList<PartyMailLimitDto>>> Limits(MailReportService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<PartyMailLimitDto>>((await service.LimitsAsync(http.Actor(), ct)).Select(ToDto).ToList());

    private static async Task<Ok<PartyMailLimitDto>> Limit(MailReportService service, HttpContext http, string partyCode, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.LimitAsync(partyCode, http.Actor(), ct)));

    private static async Task<Ok<PartyMailLimitDto>> SetLimit(MailReportService service, HttpContext http, string partyCode, PartyMailLimitInput? input, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.SetLimitAsync(partyCode, input ?? new PartyMailLimitInput(), http.Actor(), ct)));

    private static PartyMailLimitDto ToDto(PartyMailLimitView l) => new(
        l.PartyCode, l.PartyName, l.LettersPerMonth, l.CardsPerMonth, l.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Note, l.RecordedAt, l.RecordedBy,
        l.BelowMinimum, Art71.MinimumLettersPerMonth, Art71.MinimumCardsPerMonth);
}
