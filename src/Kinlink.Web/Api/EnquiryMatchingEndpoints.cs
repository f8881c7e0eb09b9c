using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// The review worklist of matching candidates, confirming and rejecting them, enquiries about the same sought person
/// and linking them into one case. Reading needs EnquiriesRead, deciding and linking EnquiriesWrite.
/// </summary>
internal static class EnquiryMatchingEndpoints
{
    public static IEndpointRouteBuilder MapEnquiryMatchingApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/enquiry-candidates").WithTags("Enquiries").RequireAuthorization(Policies.EnquiriesRead);
        candidates.MapGet("/", List);
        candidates.MapGet("/{id:guid}", Get);
        candidates.MapPost("/{id:guid}/confirm", Confirm).RequireAuthorization(Policies.EnquiriesWrite);
        candidates.MapPost("/{id:guid}/reject", Reject).RequireAuthorization(Policies.EnquiriesWrite);

        var enquiries = app.MapGroup("/api/enquiries").WithTags("Enquiries").RequireAuthorization(Policies.EnquiriesRead);
        enquiries.MapGet("/{id}/candidates", CandidatesOf);
        enquiries.MapGet("/{id}/similar", Similar);
        enquiries.MapGet("/{id}/case", Case);
        enquiries.MapPost("/{id}/case", Link).RequireAuthorization(Policies.EnquiriesWrite);
        enquiries.MapPost("/{id}/case/unlink", Unlink).RequireAuthorization(Policies.EnquiriesWrite);
        return app;
    }

    private static async Task<Ok<PagedResponse<EnquiryCandidateDto>>> List(EnquiryReviewService service, HttpContext http, string? state, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(EnquiryMatchingDtoMapping.ParseState(state), page, pageSize, http.Actor(), ct)).Map(c => c.ToDto()));

    private static async Task<Ok<EnquiryCandidateComparisonDto>> Get(EnquiryReviewService service, HttpContext http, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await ComparisonAsync(service, http, new EnquiryCandidateId(id), ct));

    private static async Task<Ok<EnquiryCandidateComparisonDto>> Confirm(EnquiryReviewService service, HttpContext http, Guid id, CandidateDecisionRequest? request, CancellationToken ct)
    {
        await service.ConfirmAsync(new EnquiryCandidateId(id), request?.Reason, request?.Version, http.Actor(), ct);
        return TypedResults.Ok(await ComparisonAsync(service, http, new EnquiryCandidateId(id), ct));
    }

    private static async Task<Ok<EnquiryCandidateComparisonDto>> Reject(EnquiryReviewService service, HttpContext http, Guid id, CandidateDecisionRequest? request, CancellationToken ct)
    {
        await service.RejectAsync(new EnquiryCandidateId(id), request?.Reason, request?.Version, http.Actor(), ct);
        return TypedResults.Ok(await ComparisonAsync(service, http, new EnquiryCandidateId(id), ct));
    }

    private static async Task<Ok<List<EnquiryCandidateDto>>> CandidatesOf(EnquiryReviewService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok((await service.CandidatesOfAsync(id, http.Actor(), ct)).Select(c => c.ToDto()).ToList());

    private static async Task<Ok<List<SimilarEnquiryDto>>> Similar(EnquiryReviewService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok((await service.SimilarAsync(id, http.Actor(), ct)).Select(s => s.ToDto()).ToList());

    private static async Task<Ok<EnquiryCaseDto>> Case(EnquiryReviewService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok((await service.CaseOfAsync(id, http.Actor(), ct)).ToDto());

    private static async Task<Ok<EnquiryCaseDto>> Link(EnquiryReviewService service, HttpContext http, string id, CaseLinkRequest? request, CancellationToken ct) =>
        TypedResults.Ok((await service.LinkCaseAsync(id, request?.WithEnquiry, request?.Reason, http.Actor(), ct)).ToDto());

    private static async Task<Ok<EnquiryCaseDto>> Unlink(EnquiryReviewService service, HttpContext http, string id, CaseUnlinkRequest? request, CancellationToken ct) =>
        TypedResults.Ok((await service.UnlinkCaseAsync(id, request?.Reason, http.Actor(), ct)).ToDto());

    private static async Task<EnquiryCandidateComparisonDto> ComparisonAsync(EnquiryReviewService service, HttpContext http, EnquiryCandidateId id, CancellationToken ct)
    {
        var view = await service.GetAsync(id, http.Actor(), ct);
        var enquiry = view.Enquiry;
        return new EnquiryCandidateComparisonDto(
            view.Candidate.ToDto(enquiry.Reference.Value, enquiry.SoughtFullName, PersonService.LatinReading(enquiry.SoughtFullName), view.PersonSummary.ToDto(), view.Source),
            new EnquiryRecord(enquiry, view.SoughtDependsOnPartyCode, PersonService.LatinReading(enquiry.SoughtFullName)).ToDto(),
            double.IsNaN(view.Score) ? 0 : Math.Round(view.Score, 2), view.Explanation, view.Prior, view.SoughtMatchedAs, view.PersonFormCompared);
    }
}
