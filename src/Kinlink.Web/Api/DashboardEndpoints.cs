using System.Globalization;
using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Kinlink.Data.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// The home page's figures as JSON for other tools (/api/dashboard): the same <see cref="DashboardService"/>, the same
/// party scope, and the same sections as the page shows the caller.
/// </summary>
internal static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dashboard", Get).WithTags("Dashboard").RequireAuthorization(Policies.RegistryRead);
        return app;
    }

    private static async Task<Ok<DashboardDto>> Get(DashboardService service, IAuthorizationService authorization, HttpContext http, CancellationToken ct)
    {
        var sections = await DashboardAccess.SectionsAsync(authorization, http.User);
        var d = await service.GetAsync(sections, http.Actor(), ct);
        static PartyCountDto Party(PartyCount p) => new(p.PartyCode, p.Count);
        var p = d.Persons;
        return TypedResults.Ok(new DashboardDto(
            d.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.CountedAt,
            new DashboardPersonsDto(p.Total, p.ByDependsOn.Select(Party).ToList(), p.ByHolder.Select(Party).ToList(),
                p.ByStatus.Select(s => new CodeCountDto(RegistryCodes.Of(s.Status), s.Count)).ToList(), p.Places, p.OpenPlaces, p.Imports),
            d.Enquiries is { } e
                ? new DashboardEnquiriesDto(e.ByStatus.Select(s => new CodeCountDto(TracingCodes.Of(s.Status), s.Count)).ToList(),
                    e.Months.Select(m => new EnquiryMonthDto(m.Month, m.Opened, m.Located, m.Closed)).ToList(),
                    e.Answered, e.MedianDaysToFirstAnswer, e.Percentile90DaysToFirstAnswer, e.AwaitingFirstAnswer)
                : null,
            d.Visits?.ToDto(),
            d.Mail is { } m
                ? new DashboardMailDto(States(m.Messages), States(m.Parcels), m.DeliveryTimes.Select(MailReportEndpoints.ToDto).ToList())
                : null,
            d.Exchanges is { } x
                ? new DashboardExchangesDto(x.ByStatus.Select(s => new CodeCountDto(ExchangeCodes.Of(s.Status), s.Count)).ToList(), x.HandedOverByReleasingParty.Select(Party).ToList())
                : null));
    }

    private static MailStateCountsDto States(MailStateCounts c) => new(c.OnTheWay, c.Delivered, c.Undeliverable, c.Stopped);
}
