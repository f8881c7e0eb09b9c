using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>Notifications passed on to the power of origin: a party's feed and acknowledgements, and the intermediary's overview.</summary>
internal static class TransmissionEndpoints
{
    public static IEndpointRouteBuilder MapTransmissionsApi(this IEndpointRouteBuilder app)
    {
        var transmissions = app.MapGroup("/api/transmissions").WithTags("Transmissions");
        transmissions.MapGet("/", Feed).RequireAuthorization(Policies.TransmissionsReceive);
        transmissions.MapPost("/{id:guid}/acknowledge", AcknowledgeOne).RequireAuthorization(Policies.TransmissionsReceive);
        transmissions.MapPost("/acknowledge", AcknowledgeMany).RequireAuthorization(Policies.TransmissionsReceive);
        transmissions.MapGet("/overview", Overview).RequireAuthorization(Policies.TransmissionsOversee);
        return app;
    }

    private static async Task<Ok<PagedResponse<TransmissionDto>>> Feed(TransmissionService service, HttpContext http, string? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.FeedAsync(TransmissionStatusFilters.Parse(status), page, pageSize, http.Actor(), ct)).Map(t => t.ToDto()));

    private static async Task<Ok<TransmissionDto>> AcknowledgeOne(TransmissionService service, HttpContext http, Guid id, CancellationToken ct) =>
        TypedResults.Ok((await service.AcknowledgeAsync(new TransmissionId(id), http.Actor(), ct)).ToDto());

    private static async Task<Ok<AcknowledgedDto>> AcknowledgeMany(TransmissionService service, HttpContext http, AcknowledgeRequest request, CancellationToken ct)
    {
        var ids = request?.Ids ?? throw new ValidationFailedException("ids", "Give the ids of the transmissions to acknowledge.");
        return TypedResults.Ok(new AcknowledgedDto(await service.AcknowledgeAsync(ids.Select(id => new TransmissionId(id)).ToList(), http.Actor(), ct)));
    }

    private static async Task<Ok<TransmissionOverviewDto>> Overview(TransmissionService service, HttpContext http, string? party, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.OverviewAsync(party, page, pageSize, http.Actor(), ct)).ToDto());
}
