using System.Globalization;
using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Data.Files;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Photos and document scans of an enquiry: upload, list, download. A file's type is read from its first bytes, never
/// from its name or the type the uploader declared, and only JPEG, PNG and PDF are taken: a phone's photos, screenshots
/// and scans come as these, every office computer opens them without extra software, and none of them is a page or a
/// program a browser would run (SVG, HTML and office documents with macros can be). Downloads are always sent as
/// attachments with no type sniffing, so even a PDF's own scripts are left to the reader the caseworker chose.
/// </summary>
public sealed class EnquiryAttachmentService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit, FieldEncryption encryption, TracingSettings settings)
{
    public const int CaptionLength = 500;

    public const int FileNameLength = UploadedFile.FileNameLength;

    public long MaxBytes => settings.AttachmentMaxBytes;

    /// <summary>Checks and stores a file; every refusal names its field (<c>file</c>, <c>kind</c>, <c>caption</c>) and stores nothing.</summary>
    public async Task<EnquiryAttachmentSummary> UploadAsync(
        string enquiryIdOrReference, Stream? content, string? fileName, string? kind, string? caption, Actor actor, CancellationToken cancellationToken = default)
    {
        EnquiryService.EnsureIntermediary(actor);
        var enquiry = await EnquiryService.FindAsync(db, enquiryIdOrReference, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        EnquiryAttachmentKind? parsedKind = null;
        if (string.IsNullOrWhiteSpace(kind))
        {
            errors["kind"] = ["Say what the file is: photo or document."];
        }
        else if (TracingCodes.TryParse<EnquiryAttachmentKind>(kind, KindCode, out var k))
        {
            parsedKind = k;
        }
        else
        {
            errors["kind"] = [$"'{kind}' is not a kind of attachment: use {TracingCodes.List<EnquiryAttachmentKind>(KindCode)}."];
        }

        var cleanCaption = caption?.Trim() ?? "";
        if (cleanCaption.Length > CaptionLength)
        {
            errors["caption"] = [$"At most {CaptionLength} characters."];
        }
        else if (cleanCaption.Any(c => char.IsControl(c) && c is not '\n'))
        {
            errors["caption"] = ["The caption has control characters."];
        }

        byte[]? bytes = null;
        string? problem;
        if (content is null)
        {
            problem = "Choose a file to upload.";
        }
        else
        {
            (bytes, problem) = await UploadedFile.ReadLimitedAsync(content, settings.AttachmentMaxBytes, cancellationToken);
        }

        UploadedFileType? type = null;
        if (problem is null && bytes is not null)
        {
            type = UploadedFile.TypeOf(bytes);
            if (type is null)
            {
                problem = UploadedFile.NotAcceptedType;
            }
            else if (parsedKind == EnquiryAttachmentKind.Photo && type.ContentType == "application/pdf")
            {
                problem = "A photo must be a JPEG or PNG image; upload a PDF as a document.";
            }
        }

        if (problem is not null)
        {
            errors["file"] = [problem];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var attachment = new EnquiryAttachment
        {
            Id = Guid.CreateVersion7(),
            EnquiryId = enquiry.Id,
            Kind = parsedKind!.Value,
            FileName = CleanFileName(fileName, type!.Extension),
            ContentType = type.ContentType,
            Size = bytes!.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.UserName,
        };
        attachment.Content = await encryption.EncryptBytesForEnquiryAsync(enquiry.Id, bytes, attachment.Binding, cancellationToken);
        attachment.Caption = cleanCaption.Length == 0 ? "" : await encryption.EncryptForEnquiryAsync(enquiry.Id, cleanCaption, cancellationToken);
        db.EnquiryAttachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.EnquiryAttachmentUpload, string.Create(CultureInfo.InvariantCulture,
            $"added {KindCode(attachment.Kind)} {attachment.Id} ({attachment.ContentType}, {attachment.Size} bytes, sha256 {attachment.Sha256}) to enquiry {enquiry.Reference.Value}"), []);
        return Summarise(attachment, enquiry.Reference.Value, cleanCaption);
    }

    public async Task<IReadOnlyList<EnquiryAttachmentSummary>> ListAsync(string enquiryIdOrReference, Actor actor, CancellationToken cancellationToken = default)
    {
        EnquiryService.EnsureIntermediary(actor);
        var enquiry = await EnquiryService.FindAsync(db, enquiryIdOrReference, cancellationToken);
        var rows = await db.EnquiryAttachments.AsNoTracking().Where(a => a.EnquiryId == enquiry.Id)
            .Select(a => new EnquiryAttachment
            {
                Id = a.Id, EnquiryId = a.EnquiryId, Kind = a.Kind, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Sha256 = a.Sha256,
                Caption = a.Caption, CreatedAt = a.CreatedAt, CreatedBy = a.CreatedBy,
            })
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var list = new List<EnquiryAttachmentSummary>(rows.Count);
        foreach (var row in rows)
        {
            list.Add(Summarise(row, enquiry.Reference.Value, await CaptionAsync(row, cancellationToken)));
        }

        audit.Record(actor, AuditActions.EnquiryAttachmentList, $"listed the {list.Count} attachments of enquiry {enquiry.Reference.Value}", []);
        return list;
    }

    /// <exception cref="EnquiryKeyErasedException">The enquiry's key was erased: the file is gone.</exception>
    public async Task<EnquiryAttachmentFile> DownloadAsync(string enquiryIdOrReference, Guid attachmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        EnquiryService.EnsureIntermediary(actor);
        var enquiry = await EnquiryService.FindAsync(db, enquiryIdOrReference, cancellationToken);
        var row = await db.EnquiryAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.EnquiryId == enquiry.Id, cancellationToken)
            ?? throw new NotFoundException("Attachment", attachmentId.ToString());
        var bytes = await encryption.DecryptBytesForEnquiryAsync(enquiry.Id, row.Content, row.Binding, cancellationToken);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256, StringComparison.Ordinal))
        {
            throw new CryptographicException($"Attachment {row.Id} does not match the SHA-256 recorded when it was uploaded.");
        }

        audit.Record(actor, AuditActions.EnquiryAttachmentDownload, $"downloaded {KindCode(row.Kind)} {row.Id} of enquiry {enquiry.Reference.Value}", []);
        return new EnquiryAttachmentFile(Summarise(row, enquiry.Reference.Value, await CaptionAsync(row, cancellationToken)), bytes);
    }

    public static string KindCode(EnquiryAttachmentKind kind) => kind switch
    {
        EnquiryAttachmentKind.Photo => "photo",
        EnquiryAttachmentKind.Document => "document",
    };

    /// <summary>The uploader's name cleaned as <see cref="UploadedFile.CleanFileName"/> does; "attachment" when nothing is left.</summary>
    public static string CleanFileName(string? fileName, string extension) => UploadedFile.CleanFileName(fileName, extension, "attachment");

    public static string TooLarge(long maxBytes) => UploadedFile.TooLarge(maxBytes);

    private async Task<string?> CaptionAsync(EnquiryAttachment row, CancellationToken cancellationToken)
    {
        if (row.Caption.Length == 0)
        {
            return "";
        }

        try
        {
            return await encryption.DecryptForEnquiryAsync(row.EnquiryId, row.Caption, cancellationToken);
        }
        catch (EnquiryKeyErasedException)
        {
            return null;
        }
    }

    private static EnquiryAttachmentSummary Summarise(EnquiryAttachment a, string reference, string? caption) =>
        new(a.Id, reference, a.Kind, a.FileName, a.ContentType, a.Size, a.Sha256, caption, a.CreatedAt, a.CreatedBy);
}
