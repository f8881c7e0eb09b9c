using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Data.Visits;

/// <summary>
/// Configuration of visits: <c>Kinlink:Visits:AnswerDueDays</c>, after how many days without an answer a visit request
/// is flagged (default 14), and <c>Kinlink:Visits:RevisitDays</c>, after how many days since a delegate last saw a
/// person they are overdue for a visit (default 90, the interval the issue gives as an example; art. 126 sets none).
/// </summary>
public sealed record VisitSettings(int AnswerDueDays, int RevisitDays)
{
    public const int DefaultAnswerDueDays = 14;
    public const int DefaultRevisitDays = 90;

    public TimeSpan AnswerDue => TimeSpan.FromDays(AnswerDueDays);

    public static VisitSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new VisitSettings(
            Days(configuration, "Kinlink:Visits:AnswerDueDays", DefaultAnswerDueDays),
            Days(configuration, "Kinlink:Visits:RevisitDays", DefaultRevisitDays));
    }

    private static int Days(IConfiguration configuration, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650
            ? days
            : throw new InvalidOperationException($"{key} is '{text}': give a whole number of days from 1 to 3650.");
    }
}
