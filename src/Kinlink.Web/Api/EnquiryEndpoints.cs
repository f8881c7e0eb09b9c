using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>Family enquiries: open, read, list. Handlers parse and present; the service decides and audits.</summary>
internal static class EnquiryEndpoints
{
    public static IEndpointRouteBuilder MapEnquiriesApi(this IEndpointRouteBuilder app)
    {
        var enquiries = app.MapGroup("/api/enquiries").WithTags("Enquiries").RequireAuthorization(Policies.EnquiriesRead);
        enquiries.MapGet("/", List);
        enquiries.MapGet("/{id}", Get);
        enquiries.MapPost("/", Create).RequireAuthorization(Policies.EnquiriesWrite);
        return app;
    }

    private static async Task<Ok<PagedResponse<EnquirySummaryDto>>> List(EnquiryService service, HttpContext http, string? status, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        EnquiryStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            statusFilter = TracingCodes.TryParse<EnquiryStatus>(status, TracingCodes.Of, out var parsed)
                ? parsed
                : throw new ValidationFailedException("status", $"'{status}' is not an enquiry status: use {TracingCodes.List<EnquiryStatus>(TracingCodes.Of)}.");
        }

        var result = await service.ListAsync(new EnquiryQuery(statusFilter, q, page, pageSize), http.Actor(), ct);
        return TypedResults.Ok(result.Map(e => e.ToDto()));
    }

    private static async Task<Ok<EnquiryDto>> Get(EnquiryService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(id, http.Actor(), ct)).ToDto());

    private static async Task<Created<EnquiryDto>> Create(EnquiryService service, HttpContext http, EnquiryInput? enquiry, CancellationToken ct)
    {
        // A missing body is answered like an empty form: every required field is named.
        var dto = (await service.CreateAsync(enquiry ?? new EnquiryInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/enquiries/{dto.Reference}", dto);
    }
}
