using Kinlink.Data.Exchanges;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// Notifications of death with their certificates, the party of origin's feed of those transmitted to it, and the packets
/// of personal effects. Handlers parse and present; <see cref="DeathNotificationService"/> and
/// <see cref="EffectsPacketService"/> decide and audit.
/// </summary>
internal static class DeathEndpoints
{
    public static IEndpointRouteBuilder MapDeathsApi(this IEndpointRouteBuilder app)
    {
        var deaths = app.MapGroup("/api/deaths").WithTags("Deaths");
        deaths.MapGet("/", List).RequireAuthorization(Policies.ExchangesWork);
        deaths.MapPost("/", Record).RequireAuthorization(Policies.ExchangesWork);
        deaths.MapGet("/{reference}", Get).RequireAuthorization(Policies.ExchangesWork);
        deaths.MapPut("/{reference}", Correct).RequireAuthorization(Policies.ExchangesWork);
        // The form is read by the first filter, within the certificate limit, before the antiforgery check reads it.
        deaths.MapPost("/{reference}/certificate", AttachCertificate).RequireAuthorization(Policies.ExchangesWork)
            .ReadsUploadForm(_ => DeathCertificate.MaxBytes, "Send the certificate as multipart/form-data in the field file (PDF, JPEG or PNG).")
            .RequireAntiforgeryFromCookieCallers();
        deaths.MapGet("/{reference}/certificate", ReadCertificate).RequireAuthorization(Policies.ExchangesWork);
        deaths.MapPost("/{reference}/transmit", Transmit).RequireAuthorization(Policies.ExchangesWork);

        var received = app.MapGroup("/api/party/deaths").WithTags("Deaths");
        received.MapGet("/", Received).RequireAuthorization(Policies.TransmissionsReceive);
        received.MapGet("/{reference}", GetReceived).RequireAuthorization(Policies.TransmissionsReceive);
        received.MapGet("/{reference}/certificate", ReadReceivedCertificate).RequireAuthorization(Policies.TransmissionsReceive);
        received.MapPost("/{reference}/acknowledge", Acknowledge).RequireAuthorization(Policies.TransmissionsReceive);

        var packets = app.MapGroup("/api/effects-packets").WithTags("Deaths");
        packets.MapGet("/", ListPackets).RequireAuthorization(Policies.ExchangesWork);
        packets.MapPost("/", ReceivePacket).RequireAuthorization(Policies.ExchangesWork);
        packets.MapGet("/{reference}", GetPacket).RequireAuthorization(Policies.ExchangesWork);
        packets.MapPost("/{reference}/hand-over", HandOver).RequireAuthorization(Policies.ExchangesWork);
        return app;
    }

    private static async Task<Ok<PagedResponse<DeathNotificationSummaryDto>>> List(
        DeathNotificationService service, HttpContext http, string? status, string? party, string? person, bool? notTransmitted, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new DeathNotificationQuery(status, party, person, notTransmitted ?? false, page, pageSize), http.Actor(), ct)).Map(n => n.ToDto()));

    private static async Task<Created<DeathNotificationDto>> Record(DeathNotificationService service, HttpContext http, DeathNotificationInput? notification, CancellationToken ct)
    {
        var dto = (await service.RecordAsync(notification ?? new DeathNotificationInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/deaths/{dto.Reference}", dto);
    }

    private static async Task<Ok<DeathNotificationDto>> Get(DeathNotificationService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<DeathNotificationDto>> Correct(DeathNotificationService service, HttpContext http, string reference, DeathNotificationInput? notification, CancellationToken ct) =>
        TypedResults.Ok((await service.CorrectAsync(reference, notification ?? new DeathNotificationInput(), http.Actor(), ct)).ToDto());

    private static async Task<Created<DeathCertificateDto>> AttachCertificate(DeathNotificationService service, HttpContext http, string reference, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var certificate = await service.AttachCertificateAsync(reference, content, file?.FileName, http.Actor(), ct);
        return TypedResults.Created($"/api/deaths/{reference}/certificate", certificate.ToDto());
    }

    private static async Task<FileContentHttpResult> ReadCertificate(DeathNotificationService service, HttpContext http, string reference, CancellationToken ct) =>
        File(http, await service.ReadCertificateAsync(reference, http.Actor(), ct));

    private static async Task<Ok<DeathNotificationDto>> Transmit(DeathNotificationService service, HttpContext http, string reference, DeathTransmitInput? transmit, CancellationToken ct) =>
        TypedResults.Ok((await service.TransmitAsync(reference, transmit?.Version, http.Actor(), ct)).ToDto());

    private static async Task<Ok<PagedResponse<DeathNotificationSummaryDto>>> Received(DeathNotificationService service, HttpContext http, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ReceivedAsync(page, pageSize, http.Actor(), ct)).Map(n => n.ToDto()));

    private static async Task<Ok<DeathNotificationDto>> GetReceived(DeathNotificationService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetReceivedAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<FileContentHttpResult> ReadReceivedCertificate(DeathNotificationService service, HttpContext http, string reference, CancellationToken ct) =>
        File(http, await service.ReadReceivedCertificateAsync(reference, http.Actor(), ct));

    private static async Task<Ok<DeathNotificationDto>> Acknowledge(DeathNotificationService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.AcknowledgeAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<PagedResponse<EffectsPacketSummaryDto>>> ListPackets(EffectsPacketService service, HttpContext http, string? status, string? person, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new EffectsPacketQuery(status, person, page, pageSize), http.Actor(), ct)).Map(p => p.ToDto()));

    private static async Task<Created<EffectsPacketDto>> ReceivePacket(EffectsPacketService service, HttpContext http, EffectsPacketInput? packet, CancellationToken ct)
    {
        var dto = (await service.ReceiveAsync(packet ?? new EffectsPacketInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/effects-packets/{dto.Reference}", dto);
    }

    private static async Task<Ok<EffectsPacketDto>> GetPacket(EffectsPacketService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<EffectsPacketDto>> HandOver(EffectsPacketService service, HttpContext http, string reference, EffectsHandoverInput? handover, CancellationToken ct) =>
        TypedResults.Ok((await service.HandOverAsync(reference, handover ?? new EffectsHandoverInput(), http.Actor(), ct)).ToDto());

    private static FileContentHttpResult File(HttpContext http, DeathCertificateFile file)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.Certificate.ContentType, file.Certificate.FileName);
    }
}
