using Kinlink.Data.Mail;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// Parcels, dispatch batches with their manifests, and routing (the rerouting worklist, stopped items whose senders are to
/// be told). Handlers parse and present; <see cref="ParcelService"/>, <see cref="MailBatchService"/> and
/// <see cref="MailRoutingService"/> decide and audit.
/// </summary>
internal static class MailParcelEndpoints
{
    public static IEndpointRouteBuilder MapMailParcelsApi(this IEndpointRouteBuilder app)
    {
        var parcels = app.MapGroup("/api/parcels").WithTags("Mail");
        parcels.MapGet("/", ListParcels).RequireAuthorization(Policies.MailWork);
        parcels.MapPost("/", CreateParcel).RequireAuthorization(Policies.MailWork);
        parcels.MapGet("/{reference}", GetParcel).RequireAuthorization(Policies.MailWork);
        parcels.MapPut("/{reference}/lines", CorrectLines).RequireAuthorization(Policies.MailWork);
        parcels.MapPost("/{reference}/deliver", Deliver).RequireAuthorization(Policies.MailWork);
        parcels.MapPost("/{reference}/undeliverable", Undeliverable).RequireAuthorization(Policies.MailWork);
        parcels.MapPost("/{reference}/return", Return).RequireAuthorization(Policies.MailWork);

        var batches = app.MapGroup("/api/mail-batches").WithTags("Mail");
        batches.MapGet("/", ListBatches).RequireAuthorization(Policies.MailWork);
        batches.MapPost("/", CreateBatch).RequireAuthorization(Policies.MailWork);
        batches.MapGet("/{reference}", GetBatch).RequireAuthorization(Policies.MailWork);
        batches.MapPost("/{reference}/items", AddItems).RequireAuthorization(Policies.MailWork);
        batches.MapDelete("/{reference}/items/{itemReference}", RemoveItem).RequireAuthorization(Policies.MailWork);
        batches.MapPost("/{reference}/dispatch", Dispatch).RequireAuthorization(Policies.MailWork);
        batches.MapGet("/{reference}/manifest", Manifest).RequireAuthorization(Policies.MailWork);

        var routing = app.MapGroup("/api/mail").WithTags("Mail");
        routing.MapGet("/routing", RoutingWorklist).RequireAuthorization(Policies.MailWork);
        routing.MapPost("/routing", Reroute).RequireAuthorization(Policies.MailWork);
        routing.MapGet("/stopped", Stopped).RequireAuthorization(Policies.MailWork);
        routing.MapPost("/stopped/{reference}/sender-informed", SenderInformed).RequireAuthorization(Policies.MailWork);
        return app;
    }

    /// <summary>The route's policy lets the reader in; whether they may see who sent a parcel is the MailText policy's word.</summary>
    internal static async Task<bool> MayReadSenderAsync(IAuthorizationService authorization, HttpContext http) =>
        (await authorization.AuthorizeAsync(http.User, Policies.MailText)).Succeeded;

    private static async Task<Ok<PagedResponse<ParcelSummaryDto>>> ListParcels(
        ParcelService service, HttpContext http, string? status, string? person, string? enquiry, string? place, string? party, bool? refused, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new ParcelQuery(status, person, enquiry, place, party, refused ?? false, page, pageSize), http.Actor(), ct)).Map(p => p.ToDto()));

    private static async Task<Created<ParcelDto>> CreateParcel(ParcelService service, IAuthorizationService authorization, HttpContext http, ParcelInput? parcel, CancellationToken ct)
    {
        var dto = (await service.CreateAsync(parcel ?? new ParcelInput(), await MayReadSenderAsync(authorization, http), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/parcels/{dto.Reference}", dto);
    }

    private static async Task<Ok<ParcelDto>> GetParcel(ParcelService service, IAuthorizationService authorization, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, await MayReadSenderAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ParcelDto>> CorrectLines(ParcelService service, IAuthorizationService authorization, HttpContext http, string reference, ParcelLinesInput? lines, CancellationToken ct) =>
        TypedResults.Ok((await service.CorrectLinesAsync(reference, lines ?? new ParcelLinesInput(), await MayReadSenderAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ParcelDto>> Deliver(ParcelService service, IAuthorizationService authorization, HttpContext http, string reference, ParcelDeliveryInput? delivery, CancellationToken ct) =>
        TypedResults.Ok((await service.DeliverAsync(reference, delivery ?? new ParcelDeliveryInput(), await MayReadSenderAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ParcelDto>> Undeliverable(ParcelService service, IAuthorizationService authorization, HttpContext http, string reference, MailOutcomeInput? outcome, CancellationToken ct) =>
        TypedResults.Ok((await service.MarkUndeliverableAsync(reference, outcome ?? new MailOutcomeInput(), await MayReadSenderAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ParcelDto>> Return(ParcelService service, IAuthorizationService authorization, HttpContext http, string reference, MailOutcomeInput? outcome, CancellationToken ct) =>
        TypedResults.Ok((await service.ReturnAsync(reference, outcome ?? new MailOutcomeInput(), await MayReadSenderAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<PagedResponse<MailBatchSummaryDto>>> ListBatches(MailBatchService service, HttpContext http, string? status, string? place, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new MailBatchQuery(status, place, page, pageSize), http.Actor(), ct)).Map(b => b.ToDto()));

    private static async Task<Created<MailBatchDto>> CreateBatch(MailBatchService service, HttpContext http, MailBatchInput? batch, CancellationToken ct)
    {
        var dto = (await service.CreateAsync(batch ?? new MailBatchInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/mail-batches/{dto.Batch.Reference}", dto);
    }

    private static async Task<Ok<MailBatchDto>> GetBatch(MailBatchService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<MailBatchDto>> AddItems(MailBatchService service, HttpContext http, string reference, MailBatchItemsInput? items, CancellationToken ct) =>
        TypedResults.Ok((await service.AddItemsAsync(reference, items ?? new MailBatchItemsInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<MailBatchDto>> RemoveItem(MailBatchService service, HttpContext http, string reference, string itemReference, CancellationToken ct) =>
        TypedResults.Ok((await service.RemoveItemAsync(reference, itemReference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<MailBatchDto>> Dispatch(MailBatchService service, HttpContext http, string reference, MailDispatchInput? dispatch, CancellationToken ct) =>
        TypedResults.Ok((await service.DispatchAsync(reference, dispatch?.Version, http.Actor(), ct)).ToDto());

    private static async Task<IResult> Manifest(MailBatchService service, HttpContext http, string reference, string? format, CancellationToken ct)
    {
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var (fileName, content) = await service.ManifestCsvAsync(reference, http.Actor(), ct);
            return TypedResults.File(content, "text/csv; charset=utf-8", fileName);
        }

        return TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<IReadOnlyList<MailRoutingEntryDto>>> RoutingWorklist(MailRoutingService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<MailRoutingEntryDto>>([.. (await service.WorklistAsync(http.Actor(), ct)).Select(e => e.ToDto())]);

    private static async Task<Ok<MailRerouteResultDto>> Reroute(MailRoutingService service, HttpContext http, MailRerouteInput? reroute, CancellationToken ct) =>
        TypedResults.Ok(new MailRerouteResultDto(await service.RerouteAsync(reroute ?? new MailRerouteInput(), http.Actor(), ct)));

    private static async Task<Ok<IReadOnlyList<MailStoppedEntryDto>>> Stopped(MailRoutingService service, HttpContext http, string? enquiry, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<MailStoppedEntryDto>>([.. (await service.StoppedAsync(enquiry, http.Actor(), ct)).Select(e => e.ToDto())]);

    private static async Task<NoContent> SenderInformed(MailRoutingService service, HttpContext http, string reference, CancellationToken ct)
    {
        await service.SenderInformedAsync(reference, http.Actor(), ct);
        return TypedResults.NoContent();
    }
}
