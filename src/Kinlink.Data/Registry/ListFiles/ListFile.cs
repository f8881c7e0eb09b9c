using System.Text;

namespace Kinlink.Data.Registry.ListFiles;

/// <summary>Decides how a received file is read (CSV or XLSX) from its name and its first bytes, and reads it into rows.</summary>
internal static class ListFile
{
    private const string Formats = "upload a CSV file (UTF-8) or an Excel workbook (.xlsx)";

    /// <exception cref="ListFileException">The file is empty, of a kind Kinlink does not read, or damaged.</exception>
    public static List<ListRow> Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (content.Length == 0 || (content.Length == 3 && content.AsSpan().SequenceEqual(Encoding.UTF8.Preamble)))
        {
            throw new ListFileException("The file is empty.");
        }

        var isZip = content.AsSpan().StartsWith("PK\u0003\u0004"u8);
        switch (extension)
        {
            case ".xlsx" or ".xlsm":
                return XlsxFormat.Parse(content);
            case ".csv" or ".txt" or "":
                if (isZip)
                {
                    // An .xlsx renamed to .csv, which happens when a list is forwarded by e-mail.
                    return XlsxFormat.Parse(content);
                }

                if (content.AsSpan().StartsWith("%PDF"u8))
                {
                    throw new ListFileException($"The file is a PDF document, not a list: {Formats}.");
                }

                return CsvFormat.Parse(Decode(content));
            case ".xls":
                throw new ListFileException($"Old Excel files (.xls) are not read: save the list as .xlsx or as CSV UTF-8, or {Formats}.");
            default:
                throw new ListFileException($"Files of type '{extension}' are not read as lists: {Formats}.");
        }
    }

    /// <summary>UTF-8 with or without a BOM, or UTF-16 with a BOM (Excel's "Unicode text"); anything else is refused rather than guessed.</summary>
    private static string Decode(byte[] content)
    {
        var span = content.AsSpan();
        Encoding encoding;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
            encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        }
        else if (span.StartsWith(Encoding.Unicode.Preamble))
        {
            span = span[2..];
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        else if (span.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            span = span[2..];
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        else
        {
            encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        }

        string text;
        try
        {
            text = encoding.GetString(span);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ListFileException("The file is not UTF-8 text. In Excel choose \"CSV UTF-8\" when saving, or upload the .xlsx workbook.", ex);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ListFileException($"The file holds binary data, not text: {Formats}.");
        }

        return text;
    }
}
