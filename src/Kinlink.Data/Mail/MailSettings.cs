using System.Globalization;
using Kinlink.Domain.Mail;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Data.Mail;

/// <summary>
/// Configuration of mail: the parcel rules (<c>Kinlink:Mail:MaxParcelWeightGrams</c>, default 5000;
/// <c>Kinlink:Mail:ForbiddenItems</c>, a list of words, default a short list of items no detaining authority lets through;
/// <c>Kinlink:Mail:BooksApartFromFoodAndClothing</c>, default true as GC III art. 72(4) says) and
/// <c>Kinlink:Mail:DeliveryDueDays</c>, after how many days in transit an item is flagged as late (default 30).
/// </summary>
public sealed record MailSettings(ParcelRules ParcelRules, int DeliveryDueDays)
{
    public const int DefaultMaxParcelWeightGrams = 5000;
    public const int DefaultDeliveryDueDays = 30;

    /// <summary>Items refused unless configured otherwise: weapons, alcohol, cash and means of communication.</summary>
    public static readonly IReadOnlyList<string> DefaultForbiddenItems = ["alcohol", "vodka", "knife", "blade", "razor blade", "lighter", "phone", "SIM card", "cash", "banknotes", "drugs"];

    public static MailSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var forbidden = configuration.GetSection("Kinlink:Mail:ForbiddenItems").Get<string[]>();
        var booksText = configuration["Kinlink:Mail:BooksApartFromFoodAndClothing"];
        bool booksApart = true;
        if (!string.IsNullOrWhiteSpace(booksText) && !bool.TryParse(booksText.Trim(), out booksApart))
        {
            throw new InvalidOperationException($"Kinlink:Mail:BooksApartFromFoodAndClothing is '{booksText}': give true or false.");
        }

        return new MailSettings(
            new ParcelRules(
                Number(configuration, "Kinlink:Mail:MaxParcelWeightGrams", DefaultMaxParcelWeightGrams, 1, ParcelRules.MaxLineWeightGrams),
                forbidden is { Length: > 0 } ? [.. forbidden.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim())] : DefaultForbiddenItems,
                booksApart),
            Number(configuration, "Kinlink:Mail:DeliveryDueDays", DefaultDeliveryDueDays, 1, 3650));
    }

    private static int Number(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{key} is '{text}': give a whole number from {min} to {max}.");
    }
}
