using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>The intermediary's duplicate worklist: pairs, merging, dismissing and splitting. Handlers parse and present; the services decide.</summary>
internal static class DuplicateEndpoints
{
    public static IEndpointRouteBuilder MapDuplicatesApi(this IEndpointRouteBuilder app)
    {
        var duplicates = app.MapGroup("/api/duplicates").WithTags("Duplicates").RequireAuthorization(Policies.DuplicatesReview);
        duplicates.MapGet("/", List);
        duplicates.MapGet("/{id:guid}", Get);
        duplicates.MapPost("/{id:guid}/merge", Merge);
        duplicates.MapPost("/{id:guid}/dismiss", Dismiss);

        var merges = app.MapGroup("/api/merges").WithTags("Duplicates").RequireAuthorization(Policies.DuplicatesReview);
        merges.MapPost("/{id:guid}/split", Split);
        return app;
    }

    private static async Task<Ok<PagedResponse<DuplicatePairDto>>> List(DuplicateReviewService service, HttpContext http, string? state, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(DuplicateDtoMapping.ParseState(state), page, pageSize, http.Actor(), ct)).Map(p => p.ToDto()));

    private static async Task<Ok<DuplicateComparisonDto>> Get(DuplicateReviewService service, HttpContext http, Guid id, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(new DuplicatePairId(id), http.Actor(), ct)).ToDto());

    private static async Task<Ok<DuplicateComparisonDto>> Merge(DuplicateReviewService service, HttpContext http, Guid id, MergeRequest? request, CancellationToken ct)
    {
        await service.MergeAsync(new DuplicatePairId(id), request?.Survivor, request?.Reason, request?.Version, http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(new DuplicatePairId(id), http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<DuplicateComparisonDto>> Dismiss(DuplicateReviewService service, HttpContext http, Guid id, DismissRequest? request, CancellationToken ct)
    {
        await service.DismissAsync(new DuplicatePairId(id), request?.Reason, request?.Version, http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(new DuplicatePairId(id), http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<PersonMergeDto>> Split(DuplicateReviewService service, HttpContext http, Guid id, SplitRequest? request, CancellationToken ct) =>
        TypedResults.Ok((await service.SplitAsync(new PersonMergeId(id), request?.Reason, http.Actor(), ct)).ToDto());
}
