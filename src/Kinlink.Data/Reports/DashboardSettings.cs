using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kinlink.Data.Reports;

/// <summary>
/// <c>Kinlink:Dashboard:MaximumAgeSeconds</c>: how old the dashboard's figures may be when shown (default 60). Counting
/// a million-person registry takes seconds, so each server counts per party scope in the background and serves the last
/// count until it is this old; 0 counts on every request.
/// </summary>
public sealed record DashboardSettings(TimeSpan MaximumAge)
{
    public const int DefaultMaximumAgeSeconds = 60;

    private const string Key = "Kinlink:Dashboard:MaximumAgeSeconds";

    public bool CountsEveryRequest => MaximumAge == TimeSpan.Zero;

    public static DashboardSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DashboardSettings(TimeSpan.FromSeconds(DefaultMaximumAgeSeconds));
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 86400
            ? new DashboardSettings(TimeSpan.FromSeconds(seconds))
            : throw new InvalidOperationException($"{Key} is '{text}': give a whole number of seconds from 0 (count on every request) to 86400.");
    }
}
