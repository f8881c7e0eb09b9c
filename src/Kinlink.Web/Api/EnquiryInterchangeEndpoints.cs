using System.Globalization;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>An enquiry's attachments (upload, list, download) and the PFIF 1.4 export and import of enquiries.</summary>
internal static class EnquiryInterchangeEndpoints
{
    public static IEndpointRouteBuilder MapEnquiryInterchangeApi(this IEndpointRouteBuilder app)
    {
        var enquiries = app.MapGroup("/api/enquiries").WithTags("Enquiries").RequireAuthorization(Policies.EnquiriesRead);
        enquiries.MapGet("/{id}/attachments", ListAttachments);
        enquiries.MapGet("/{id}/attachments/{attachmentId:guid}", Download);
        // The form is read by the first filter, within the configured limit, before the antiforgery check reads it.
        enquiries.MapPost("/{id}/attachments", Upload).RequireAuthorization(Policies.EnquiriesWrite)
            .ReadsUploadForm(http => http.RequestServices.GetRequiredService<TracingSettings>().AttachmentMaxBytes,
                "Send the file as multipart/form-data in the field file, with kind (photo or document) and an optional caption.").RequireAntiforgeryFromCookieCallers();
        // Sending enquiries to another service, or taking theirs in, is tracing work, not reading: EnquiriesWrite.
        enquiries.MapGet("/pfif", ExportPfif).RequireAuthorization(Policies.EnquiriesWrite);
        enquiries.MapPost("/pfif", ImportPfif).RequireAuthorization(Policies.EnquiriesWrite);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<EnquiryAttachmentDto>>> ListAttachments(EnquiryAttachmentService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<EnquiryAttachmentDto>>((await service.ListAsync(id, http.Actor(), ct)).Select(ToDto).ToList());

    private static async Task<FileContentHttpResult> Download(EnquiryAttachmentService service, HttpContext http, string id, Guid attachmentId, CancellationToken ct)
    {
        var file = await service.DownloadAsync(id, attachmentId, http.Actor(), ct);
        // Said here as well as by the security headers: this answer is a family's file and must never be read as a page.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.Attachment.ContentType, file.Attachment.FileName);
    }

    private static async Task<Created<EnquiryAttachmentDto>> Upload(EnquiryAttachmentService service, HttpContext http, string id, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var added = await service.UploadAsync(id, content, file?.FileName, form["kind"].ToString(), form["caption"].ToString(), http.Actor(), ct);
        return TypedResults.Created($"/api/enquiries/{added.EnquiryReference}/attachments/{added.Id}", ToDto(added));
    }

    private static PushStreamHttpResult ExportPfif(PfifExportService service, HttpContext http, string? since, bool? includeContactDetails, CancellationToken ct)
    {
        DateTimeOffset? after = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            after = PfifInterchange.TryParseTime(since, out var parsed)
                ? parsed
                : DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : throw new ValidationFailedException("since", $"'{since}' is not a time: use YYYY-MM-DDThh:mm:ssZ (UTC) or YYYY-MM-DD.");
        }

        var actor = http.Actor();
        var options = new PfifExportOptions(after, includeContactDetails ?? false);
        return TypedResults.Stream(async body => await service.ExportAsync(body, options, actor, ct), "application/xml; charset=utf-8", "kinlink-enquiries.pfif.xml");
    }

    private static async Task<Ok<PfifImportReportDto>> ImportPfif(PfifImportService service, HttpContext http, CancellationToken ct)
    {
        // Only an XML body: a form that another site makes a signed-in browser post (text/plain, form-encoded) is refused.
        var type = http.Request.ContentType ?? "";
        if (!type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("pfif", "Send the PFIF 1.4 document as the request body with Content-Type application/xml.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = http.RequestServices.GetRequiredService<TracingSettings>().PfifMaxImportBytes;
        }

        var report = await service.ImportAsync(http.Request.Body, http.Actor(), ct);
        return TypedResults.Ok(new PfifImportReportDto(report.PersonRecords,
            report.Imported.Select(r => new PfifImportedRecordDto(r.PersonRecordId, r.EnquiryReference)).ToList(),
            report.Skipped.Select(r => new PfifImportedRecordDto(r.PersonRecordId, r.EnquiryReference)).ToList(),
            report.Errors.Select(e => new PfifImportErrorDto(e.PersonRecordId, e.Field, e.Line, Presentation.MessageTranslator.InReadersLanguage(e.Message))).ToList()));
    }

    private static EnquiryAttachmentDto ToDto(EnquiryAttachmentSummary a) => new(
        a.Id, a.EnquiryReference, EnquiryAttachmentService.KindCode(a.Kind), a.FileName, a.ContentType, a.Size, a.Sha256, a.Caption, a.CreatedAt, a.CreatedBy);
}
