using Kinlink.Data.Exchanges;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>Repatriation on medical grounds: cases, the wish, the commission's decision, execution and closing; the diagnosis only for the readers of medical confidences.</summary>
internal static class MedicalCaseEndpoints
{
    public static IEndpointRouteBuilder MapMedicalCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/medical-cases").WithTags("Exchanges");
        cases.MapGet("/", List).RequireAuthorization(Policies.ExchangesWork);
        cases.MapPost("/", Propose).RequireAuthorization(Policies.ExchangesWork);
        cases.MapGet("/{reference}", Get).RequireAuthorization(Policies.ExchangesWork);
        cases.MapGet("/{reference}/diagnosis", Diagnosis).RequireAuthorization(Policies.ExchangesConfidential);
        cases.MapPost("/{reference}/wish", Wish).RequireAuthorization(Policies.ExchangesWork);
        cases.MapPost("/{reference}/decision", Decision).RequireAuthorization(Policies.ExchangesWork);
        cases.MapPost("/{reference}/carry-out", CarryOut).RequireAuthorization(Policies.ExchangesWork);
        cases.MapPost("/{reference}/close", Close).RequireAuthorization(Policies.ExchangesWork);
        return app;
    }

    private static async Task<Ok<PagedResponse<MedicalCaseSummaryDto>>> List(MedicalCaseService service, HttpContext http, string? status, bool? overdue, string? person, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new MedicalCaseQuery(status, overdue ?? false, person, page, pageSize), http.Actor(), ct)).Map(c => c.ToDto()));

    private static async Task<Created<MedicalCaseDto>> Propose(MedicalCaseService service, HttpContext http, MedicalCaseInput? medicalCase, CancellationToken ct)
    {
        var dto = (await service.ProposeAsync(medicalCase ?? new MedicalCaseInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/medical-cases/{dto.Reference}", dto);
    }

    private static async Task<Ok<MedicalCaseDto>> Get(MedicalCaseService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<MedicalDiagnosisDto>> Diagnosis(MedicalCaseService service, HttpContext http, string reference, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new MedicalDiagnosisDto(reference.Trim().ToUpperInvariant(), await service.ReadDiagnosisAsync(reference, http.Actor(), ct)));
    }

    private static async Task<Ok<MedicalCaseDto>> Wish(MedicalCaseService service, HttpContext http, string reference, MedicalCaseStepInput? step, CancellationToken ct) =>
        TypedResults.Ok((await service.RecordWishAsync(reference, step ?? new MedicalCaseStepInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<MedicalCaseDto>> Decision(MedicalCaseService service, HttpContext http, string reference, MedicalCaseStepInput? step, CancellationToken ct) =>
        TypedResults.Ok((await service.RecordDecisionAsync(reference, step ?? new MedicalCaseStepInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<MedicalCaseDto>> CarryOut(MedicalCaseService service, HttpContext http, string reference, MedicalCaseStepInput? step, CancellationToken ct) =>
        TypedResults.Ok((await service.CarryOutAsync(reference, step ?? new MedicalCaseStepInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<MedicalCaseDto>> Close(MedicalCaseService service, HttpContext http, string reference, MedicalCaseStepInput? step, CancellationToken ct) =>
        TypedResults.Ok((await service.CloseAsync(reference, step ?? new MedicalCaseStepInput(), http.Actor(), ct)).ToDto());
}
