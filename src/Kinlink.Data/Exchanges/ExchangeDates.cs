using System.Globalization;
using Kinlink.Domain.Common;

namespace Kinlink.Data.Exchanges;

/// <summary>Reads a whole day (yyyy-mm-dd) a form or a body gives, naming the field when it is missing or not a date.</summary>
internal static class ExchangeDates
{
    public static DateOnly? Read(string? text, string field, bool required, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = ["Give the date (yyyy-mm-dd)."];
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{text.Trim()}' is not a date (yyyy-mm-dd)."];
        return null;
    }

    public static DateOnly Required(string? text, string field)
    {
        var errors = new Dictionary<string, string[]>();
        var date = Read(text, field, true, errors);
        ValidationFailedException.ThrowIfAny(errors);
        return date!.Value;
    }
}
