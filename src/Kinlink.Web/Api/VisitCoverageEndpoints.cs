using Kinlink.Data.Reports;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>Visit coverage and planning: the figures, the overdue list, how parties answer, and a place's visit sheet.</summary>
internal static class VisitCoverageEndpoints
{
    public static IEndpointRouteBuilder MapVisitCoverageApi(this IEndpointRouteBuilder app)
    {
        var coverage = app.MapGroup("/api/visits").WithTags("Visit coverage").RequireAuthorization(Policies.VisitCoverageRead);
        coverage.MapGet("/coverage", Coverage);
        coverage.MapGet("/coverage/overdue", Overdue);
        coverage.MapGet("/answer-times", AnswerTimes);
        // The sheet names persons and the open enquiries about them: for those who plan and make visits, not for analysts.
        app.MapGet("/api/places/{code}/visit-sheet", Sheet).WithTags("Visit coverage").RequireAuthorization(Policies.VisitsWork);
        return app;
    }

    private static async Task<Ok<VisitCoverageDto>> Coverage(VisitCoverageService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok((await service.CoverageAsync(http.Actor(), ct)).ToDto());

    private static async Task<Ok<PagedResponse<OverduePersonDto>>> Overdue(VisitCoverageService service, HttpContext http, string? party, string? place, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.OverdueAsync(party, place, page, pageSize, http.Actor(), ct)).Map(p => p.ToDto()));

    private static async Task<Ok<IReadOnlyList<PartyAnswerTimesDto>>> AnswerTimes(VisitCoverageService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<PartyAnswerTimesDto>>((await service.AnswerTimesAsync(http.Actor(), ct)).Select(a => a.ToDto()).ToList());

    private static async Task<Results<Ok<VisitSheetDto>, FileContentHttpResult>> Sheet(VisitCoverageService service, HttpContext http, string code, string? format, CancellationToken ct)
    {
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "csv" or "xlsx"))
        {
            throw new ValidationFailedException("format", $"'{format}' is not a sheet format: use json, csv or xlsx.");
        }

        var sheet = await service.SheetAsync(code, http.Actor(), ct);
        return kind switch
        {
            "csv" => TypedResults.File(await VisitSheetFiles.CsvAsync(sheet, ct), ReportFiles.CsvContentType, VisitSheetFiles.FileName(sheet, "csv")),
            "xlsx" => TypedResults.File(await VisitSheetFiles.XlsxAsync(sheet, ct), ReportFiles.XlsxContentType, VisitSheetFiles.FileName(sheet, "xlsx")),
            _ => TypedResults.Ok(sheet.ToDto()),
        };
    }
}
