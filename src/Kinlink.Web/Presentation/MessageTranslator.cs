using System.Collections.Concurrent;
using System.Globalization;
using Kinlink.Data.Registry;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kinlink.Web.Presentation;

/// <summary>
/// Puts a message a service wrote in English into the reader's language through the <see cref="MessageCatalogue"/>. A
/// message the catalogue does not know is shown as written and logged once, so that gaps are found in use.
/// </summary>
public sealed partial class MessageTranslator(MessageCatalogue catalogue, ILogger logger)
{
    private readonly ConcurrentDictionary<string, byte> _untranslated = new(StringComparer.Ordinal);

    /// <summary>
    /// The translator of the web app. One per process, like the resources it reads: page models make their form errors
    /// with <c>new()</c>, so it cannot come from dependency injection; Program.cs gives it the app's logger.
    /// </summary>
    public static MessageTranslator Shipped { get; private set; } = new(MessageCatalogue.Shipped, NullLogger.Instance);

    /// <summary>Logs the shipped catalogue's gaps to <paramref name="logger"/> from now on.</summary>
    public static void LogGapsTo(ILogger logger) => Shipped = new MessageTranslator(MessageCatalogue.Shipped, logger);

    /// <summary><paramref name="message"/> in the current UI culture (the request's, set by request localization).</summary>
    public static string InReadersLanguage(string message) => Shipped.Translate(message, CultureInfo.CurrentUICulture);

    /// <summary>An import's refused rows with their reasons in the current UI culture.</summary>
    public static IReadOnlyList<ImportRowError> InReadersLanguage(IEnumerable<ImportRowError> rows) =>
        [.. (rows ?? throw new ArgumentNullException(nameof(rows))).Select(row => row with { Reason = InReadersLanguage(row.Reason) })];

    public string Translate(string message, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(culture);
        if (message.Length == 0 || catalogue.TableFor(culture) is not { } table)
        {
            return message;
        }

        if (catalogue.TryTranslate(message, table) is { } translated)
        {
            return translated;
        }

        if (_untranslated.TryAdd(message, 0))
        {
            LogUntranslated(logger, table, message);
        }

        return message;
    }

    [LoggerMessage(EventId = 9301, Level = LogLevel.Warning, Message = "A service message has no {Culture} translation in Resources/ServiceMessages: {ServiceMessage}")]
    private static partial void LogUntranslated(ILogger logger, string culture, string serviceMessage);
}
