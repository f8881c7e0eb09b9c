using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// Messages between families and persons held: intake, list, trail, the authority's check as reported, delivery or why
/// it failed, and the paper form's scan. The text, the family member and the scan need <see cref="Policies.MailText"/>;
/// handlers parse and present, <see cref="MessageService"/> decides and audits.
/// </summary>
internal static class MessageEndpoints
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var messages = app.MapGroup("/api/messages").WithTags("Mail");
        messages.MapGet("/", List).RequireAuthorization(Policies.MailWork);
        messages.MapPost("/", Create).RequireAuthorization(Policies.MailWork);
        messages.MapGet("/{reference}", Get).RequireAuthorization(Policies.MailWork);
        messages.MapGet("/{reference}/text", ReadText).RequireAuthorization(Policies.MailText);
        messages.MapPost("/{reference}/check", RecordCheck).RequireAuthorization(Policies.MailWork);
        messages.MapPost("/{reference}/deliver", Deliver).RequireAuthorization(Policies.MailWork);
        messages.MapPost("/{reference}/undeliverable", MarkUndeliverable).RequireAuthorization(Policies.MailWork);
        // The form is read by the first filter, within the scan limit, before the antiforgery check reads it.
        messages.MapPost("/{reference}/scan", AttachScan).RequireAuthorization(Policies.MailText)
            .ReadsUploadForm(_ => MessageScan.MaxBytes, "Send the scan as multipart/form-data in the field file (PDF, JPEG or PNG).")
            .RequireAntiforgeryFromCookieCallers();
        messages.MapGet("/{reference}/scan", ReadScan).RequireAuthorization(Policies.MailText);
        return app;
    }

    private static async Task<Ok<PagedResponse<MessageSummaryDto>>> List(
        MessageService service, HttpContext http, string? status, string? direction, string? kind, string? person, string? enquiry, string? place, string? party,
        string? receivedFrom, string? receivedTo, bool? open, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(
            new MessageQuery(status, direction, kind, person, enquiry, place, party, receivedFrom, receivedTo, open ?? false, page, pageSize), http.Actor(), ct)).Map(m => m.ToDto()));

    private static async Task<Created<MessageDto>> Create(MessageService service, HttpContext http, MessageInput? message, CancellationToken ct)
    {
        var created = await service.CreateAsync(message ?? new MessageInput(), http.Actor(), ct);
        var dto = (await service.GetAsync(created.Reference, http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/messages/{dto.Reference}", dto);
    }

    private static async Task<Ok<MessageDto>> Get(MessageService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<MessageTextDto>> ReadText(MessageService service, IAuthorizationService authorization, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.ReadTextAsync(reference, await MayReadTextAsync(authorization, http), http.Actor(), ct)).ToDto());

    private static async Task<Ok<MessageDto>> RecordCheck(MessageService service, HttpContext http, string reference, MessageCheckInput? check, CancellationToken ct)
    {
        var message = await service.RecordCheckAsync(reference, check ?? new MessageCheckInput(), http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(message.Reference, http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<MessageDto>> Deliver(MessageService service, HttpContext http, string reference, MessageDeliveryInput? delivery, CancellationToken ct)
    {
        var message = await service.DeliverAsync(reference, delivery ?? new MessageDeliveryInput(), http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(message.Reference, http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<MessageDto>> MarkUndeliverable(MessageService service, HttpContext http, string reference, MessageUndeliverableInput? failure, CancellationToken ct)
    {
        var message = await service.MarkUndeliverableAsync(reference, failure ?? new MessageUndeliverableInput(), http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(message.Reference, http.Actor(), ct)).ToDto());
    }

    private static async Task<Created<MessageScanDto>> AttachScan(MessageService service, IAuthorizationService authorization, HttpContext http, string reference, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var scan = await service.AttachScanAsync(reference, content, file?.FileName, await MayReadTextAsync(authorization, http), http.Actor(), ct);
        return TypedResults.Created($"/api/messages/{reference}/scan", scan.ToDto());
    }

    private static async Task<FileContentHttpResult> ReadScan(MessageService service, IAuthorizationService authorization, HttpContext http, string reference, CancellationToken ct)
    {
        var file = await service.ReadScanAsync(reference, await MayReadTextAsync(authorization, http), http.Actor(), ct);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.Scan.ContentType, file.Scan.FileName);
    }

    /// <summary>The route's policy already requires it; the service is told so explicitly, as it cannot see roles itself.</summary>
    internal static async Task<bool> MayReadTextAsync(IAuthorizationService authorization, HttpContext http) =>
        (await authorization.AuthorizeAsync(http.User, Policies.MailText)).Succeeded;
}
