using Kinlink.Data.Mail;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// The detaining authority's mail (/api/party/mail, /api/party/mail-batches): the items routed to its own places, read,
/// checked, delivered or not; the manifests of the batches sent there. Handlers parse and present;
/// <see cref="MailAuthorityService"/> scopes, decides and audits.
/// </summary>
internal static class MailAuthorityEndpoints
{
    public static IEndpointRouteBuilder MapMailAuthorityApi(this IEndpointRouteBuilder app)
    {
        var mail = app.MapGroup("/api/party/mail").WithTags("Mail (detaining authority)").RequireAuthorization(Policies.MailAuthority);
        mail.MapGet("/", List);
        mail.MapGet("/{reference}", Get);
        mail.MapPost("/{reference}/check", Check);
        mail.MapPost("/{reference}/delivered", Delivered);
        mail.MapPost("/{reference}/undeliverable", Undeliverable);
        var batches = app.MapGroup("/api/party/mail-batches").WithTags("Mail (detaining authority)").RequireAuthorization(Policies.MailAuthority);
        batches.MapGet("/", ListBatches);
        batches.MapGet("/{reference}", GetBatch);
        return app;
    }

    private static async Task<Ok<PagedResponse<PartyMailItemDto>>> List(MailAuthorityService service, HttpContext http, string? place, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await service.ListAsync(new MailAuthorityQuery(place, status, page, pageSize), http.Actor(), ct);
        return TypedResults.Ok(new PagedResponse<PartyMailItemDto>(result.Items.Select(ToDto).ToList(), result.Total, result.Page, result.PageSize));
    }

    private static async Task<Ok<PartyMailItemDetailDto>> Get(MailAuthorityService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.GetAsync(reference, http.Actor(), ct)));

    private static async Task<Ok<PartyMailItemDetailDto>> Check(MailAuthorityService service, HttpContext http, string reference, MailCheckInput? input, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.CheckAsync(reference, input ?? new MailCheckInput(), http.Actor(), ct)));

    private static async Task<Ok<PartyMailItemDetailDto>> Delivered(MailAuthorityService service, HttpContext http, string reference, MailDeliveryInput? input, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.DeliverAsync(reference, input ?? new MailDeliveryInput(), http.Actor(), ct)));

    private static async Task<Ok<PartyMailItemDetailDto>> Undeliverable(MailAuthorityService service, HttpContext http, string reference, MailUndeliverableInput? input, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.MarkUndeliverableAsync(reference, input ?? new MailUndeliverableInput(), http.Actor(), ct)));

    private static async Task<Ok<PagedResponse<PartyMailBatchDto>>> ListBatches(MailAuthorityService service, HttpContext http, string? place, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await service.ListBatchesAsync(place, page, pageSize, http.Actor(), ct);
        return TypedResults.Ok(new PagedResponse<PartyMailBatchDto>(result.Items.Select(ToDto).ToList(), result.Total, result.Page, result.PageSize));
    }

    private static async Task<Ok<PartyMailManifestDto>> GetBatch(MailAuthorityService service, HttpContext http, string reference, CancellationToken ct)
    {
        var manifest = await service.GetBatchAsync(reference, http.Actor(), ct);
        return TypedResults.Ok(new PartyMailManifestDto(ToDto(manifest.Batch), manifest.Items.Select(ToDto).ToList()));
    }

    private static PartyMailItemDto ToDto(MailAuthorityItem i) => new(
        i.Reference, i.ItemKind, i.MessageKind is { } kind ? MailCodes.Of(kind) : null, i.PersonReference, i.Surname, i.GivenName, i.Patronymic, i.NameLatin,
        i.PlaceCode, i.PlaceName, MailCodes.Of(i.Status), i.AwaitsCheck, i.ReceivedAt, i.WeightGrams, i.Version);

    private static PartyMailBatchDto ToDto(MailAuthorityBatch b) => new(b.Reference, b.PlaceCode, b.PlaceName, MailCodes.Of(b.Status), b.DispatchedAt, b.ItemCount);

    private static PartyMailItemDetailDto ToDto(MailAuthorityItemDetail d) => new(
        ToDto(d.Item), d.Language, d.Text, d.CheckOutcome is { } outcome ? MailCodes.Of(outcome) : null, d.CheckNote, d.CheckedAt,
        d.Lines.Select(l => new PartyParcelLineDto(l.Number, MailCodes.Of(l.Category), l.Description, l.Quantity, l.WeightGrams)).ToList(),
        d.TotalWeightGrams, d.BatchReference, d.DeliveryChannel is { } channel ? MailCodes.Of(channel) : null,
        d.UndeliverableReason is { } reason ? MailCodes.Of(reason) : null, d.ClosedAt,
        d.ReceiptSigner is { } signer ? MailCodes.Of(signer) : null, d.ReceiptSignerName,
        d.Steps.Select(s => new PartyMailStepDto(MailCodes.Of(s.Kind), s.At, MailCodes.Of(s.Status))).ToList());
}
