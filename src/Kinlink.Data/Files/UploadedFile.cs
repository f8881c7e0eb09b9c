using System.Globalization;
using System.Text;

namespace Kinlink.Data.Files;

/// <summary>
/// The checks every uploaded document goes through, wherever it is stored (an enquiry's attachments, a message's scan): read
/// at most a limit, the type read from the first bytes (only JPEG, PNG and PDF: every office opens them without extra
/// software and a browser runs none of them), and a file name that no file system or header chokes on.
/// </summary>
public static class UploadedFile
{
    public const int FileNameLength = 120;

    private static readonly UploadedFileType[] Types =
    [
        new("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
        new("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
    ];

    public const string NotAcceptedType = "The file is not a JPEG or PNG image or a PDF document (its content was checked, not its name).";

    /// <summary>The type the content starts with, or null when it is none of the accepted ones.</summary>
    public static UploadedFileType? TypeOf(ReadOnlySpan<byte> content)
    {
        foreach (var type in Types)
        {
            if (content.StartsWith(type.Magic))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; a longer stream is refused as soon as the limit is passed, an empty one too.</summary>
    public static async Task<(byte[]? Bytes, string? Problem)> ReadLimitedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? (null, "The file is empty.") : (buffer.ToArray(), null);
    }

    public static string TooLarge(long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is larger than {maxBytes / (1024.0 * 1024.0):0.#} MB ({maxBytes} bytes), the most an upload may be.");

    /// <summary>
    /// The last part of the uploader's name (a browser may send a whole Windows path), without control characters,
    /// quotes or characters a file system refuses, at most <see cref="FileNameLength"/> characters, ending in the
    /// extension of the type found in the content (a photo.pdf that is a JPEG downloads as photo.pdf.jpg).
    /// </summary>
    public static string CleanFileName(string? fileName, string extension, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*' or ';') && !char.IsSurrogate(c) && c is not ('\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'))
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (!clean.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && !(extension == ".jpg" && clean.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)))
        {
            clean += extension;
        }

        if (clean.Length > FileNameLength)
        {
            clean = clean[..(FileNameLength - extension.Length)].TrimEnd() + extension;
        }

        return clean.Length == extension.Length ? fallbackName + extension : clean;
    }
}
