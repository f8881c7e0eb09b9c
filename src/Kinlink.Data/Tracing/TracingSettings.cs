using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Configuration of tracing's files: <c>Kinlink:Tracing:AttachmentMaxBytes</c> (default 5 MB: a phone photo or a
/// few scanned pages, and small enough for a field office's link), <c>Kinlink:Pfif:Domain</c> (the domain of the PFIF
/// record ids Kinlink writes, default <c>kinlink.example</c>) and <c>Kinlink:Pfif:MaxImportBytes</c> (default 10 MB).
/// </summary>
public sealed record TracingSettings(long AttachmentMaxBytes, string PfifDomain, long PfifMaxImportBytes)
{
    public const long DefaultAttachmentMaxBytes = 5L * 1024 * 1024;
    public const long DefaultPfifMaxImportBytes = 10L * 1024 * 1024;
    public const string DefaultPfifDomain = "kinlink.example";

    public static TracingSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var domain = configuration["Kinlink:Pfif:Domain"]?.Trim();
        if (string.IsNullOrEmpty(domain))
        {
            domain = DefaultPfifDomain;
        }
        else if (domain.Contains('/', StringComparison.Ordinal) || domain.Any(char.IsWhiteSpace) || domain.Length > 100)
        {
            throw new InvalidOperationException($"Kinlink:Pfif:Domain is '{domain}': give a domain name such as tracing.example.org (no '/', no spaces).");
        }

        return new TracingSettings(
            Bytes(configuration, "Kinlink:Tracing:AttachmentMaxBytes", DefaultAttachmentMaxBytes), domain,
            Bytes(configuration, "Kinlink:Pfif:MaxImportBytes", DefaultPfifMaxImportBytes));
    }

    private static long Bytes(IConfiguration configuration, string key, long fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : throw new InvalidOperationException($"{key} is '{text}': give a number of bytes greater than 0.");
    }
}
