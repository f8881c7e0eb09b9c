using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.Api;

/// <summary>
/// Visits to places of detention, each person's result, the confidential findings (need to know only), the results of a
/// filled-in sheet, and follow-up actions. Handlers parse and present; <see cref="VisitService"/> and
/// <see cref="VisitFollowUpService"/> decide and audit.
/// </summary>
internal static class VisitEndpoints
{
    /// <summary>A filled-in visit sheet is one row per person of one place: far smaller than a notification list.</summary>
    public const long MaxSheetBytes = 8L * 1024 * 1024;

    public static IEndpointRouteBuilder MapVisitsApi(this IEndpointRouteBuilder app)
    {
        var visits = app.MapGroup("/api/visits").WithTags("Visits");
        visits.MapGet("/", List).RequireAuthorization(Policies.VisitsWork);
        visits.MapPost("/", Create).RequireAuthorization(Policies.VisitsWork);
        visits.MapGet("/{reference}", Get).RequireAuthorization(Policies.VisitsWork);
        visits.MapPut("/{reference}", Update).RequireAuthorization(Policies.VisitsWork);
        visits.MapPost("/{reference}/persons", RecordPerson).RequireAuthorization(Policies.VisitsWork);
        visits.MapGet("/{reference}/findings", ReadFindings).RequireAuthorization(Policies.VisitFindings);
        visits.MapPut("/{reference}/findings", SaveFindings).RequireAuthorization(Policies.VisitFindings);
        visits.MapPost("/{reference}/results", ImportResults).RequireAuthorization(Policies.VisitsWork)
            .RequireAntiforgeryFromCookieCallers().WithMetadata(new RequestSizeLimitAttribute(MaxSheetBytes));
        visits.MapGet("/{reference}/follow-ups", VisitFollowUps).RequireAuthorization(Policies.VisitsWork);
        visits.MapPost("/{reference}/follow-ups", CreateFollowUp).RequireAuthorization(Policies.VisitsWork);

        var followUps = app.MapGroup("/api/visit-follow-ups").WithTags("Visits");
        followUps.MapGet("/", ListFollowUps).RequireAuthorization(Policies.VisitsWork);
        followUps.MapPut("/{id:guid}", UpdateFollowUp).RequireAuthorization(Policies.VisitsWork);
        followUps.MapPost("/{id:guid}/state", ChangeFollowUpState).RequireAuthorization(Policies.VisitsWork);
        return app;
    }

    private static async Task<Ok<PagedResponse<VisitSummaryDto>>> List(VisitService service, HttpContext http, string? place, string? party, string? from, string? to, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new VisitQuery(place, party, from, to, page, pageSize), http.Actor(), ct)).Map(v => v.ToDto()));

    private static async Task<Created<VisitDto>> Create(VisitService service, HttpContext http, VisitInput? visit, CancellationToken ct)
    {
        var created = await service.CreateAsync(visit ?? new VisitInput(), http.Actor(), ct);
        var dto = (await service.GetAsync(created.Reference, http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/visits/{dto.Reference}", dto);
    }

    private static async Task<Ok<VisitDto>> Get(VisitService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<VisitDto>> Update(VisitService service, HttpContext http, string reference, VisitInput? visit, CancellationToken ct)
    {
        var updated = await service.UpdateAsync(reference, visit ?? new VisitInput(), http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(updated.Reference, http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<VisitDto>> RecordPerson(VisitService service, HttpContext http, string reference, VisitPersonInput? person, CancellationToken ct)
    {
        await service.RecordPersonAsync(reference, person ?? new VisitPersonInput(), http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<VisitFindingsDto>> ReadFindings(VisitService service, IAuthorizationService authorization, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.ReadFindingsAsync(reference, await MayReadFindingsAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<VisitFindingsDto>> SaveFindings(VisitService service, IAuthorizationService authorization, HttpContext http, string reference, VisitFindingsInput? findings, CancellationToken ct) =>
        TypedResults.Ok((await service.SaveFindingsAsync(reference, findings ?? new VisitFindingsInput(), await MayReadFindingsAsync(authorization, http), http.Actor(), ct)).ToDto());

    /// <summary>The route's policy already requires it; the service is told so explicitly, as it cannot see roles itself.</summary>
    internal static async Task<bool> MayReadFindingsAsync(IAuthorizationService authorization, HttpContext http) =>
        (await authorization.AuthorizeAsync(http.User, Policies.VisitFindings)).Succeeded;

    private static async Task<Results<Ok<VisitResultsDto>, BadRequest<VisitResultsDto>>> ImportResults(VisitService service, HttpContext http, string reference, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            throw new ValidationFailedException("file", "Attach the filled-in visit sheet (CSV or XLSX) as the form field 'file'.");
        }

        await using var stream = file.OpenReadStream();
        var report = await service.ImportResultsAsync(reference, stream, file.FileName, http.Actor(), ct);
        return report.Stored ? TypedResults.Ok(report.ToDto()) : TypedResults.BadRequest(report.ToDto());
    }

    private static async Task<Ok<PagedResponse<VisitFollowUpDto>>> VisitFollowUps(VisitFollowUpService service, HttpContext http, string reference, string? state, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new VisitFollowUpQuery(State: state, Visit: reference, Page: page, PageSize: pageSize), http.Actor(), ct)).Map(f => f.ToDto()));

    private static async Task<Created<VisitFollowUpDto>> CreateFollowUp(VisitFollowUpService service, HttpContext http, string reference, VisitFollowUpInput? followUp, CancellationToken ct)
    {
        var dto = (await service.CreateAsync(reference, followUp ?? new VisitFollowUpInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/visit-follow-ups/{dto.Id}", dto);
    }

    private static async Task<Ok<PagedResponse<VisitFollowUpDto>>> ListFollowUps(VisitFollowUpService service, HttpContext http, string? owner, string? state, bool? overdue, string? visit, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new VisitFollowUpQuery(owner, state, overdue ?? false, visit, false, page, pageSize), http.Actor(), ct)).Map(f => f.ToDto()));

    private static async Task<Ok<VisitFollowUpDto>> UpdateFollowUp(VisitFollowUpService service, HttpContext http, Guid id, VisitFollowUpInput? followUp, CancellationToken ct) =>
        TypedResults.Ok((await service.UpdateAsync(id, followUp ?? new VisitFollowUpInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<VisitFollowUpDto>> ChangeFollowUpState(VisitFollowUpService service, HttpContext http, Guid id, VisitFollowUpStateInput? change, CancellationToken ct) =>
        TypedResults.Ok((await service.ChangeStateAsync(id, change ?? new VisitFollowUpStateInput(), http.Actor(), ct)).ToDto());
}
