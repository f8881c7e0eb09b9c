using Kinlink.Domain.Common;

namespace Kinlink.Data.Transmissions;

/// <summary>The codes of <see cref="TransmissionStatusFilter"/> in the API and the page address.</summary>
public static class TransmissionStatusFilters
{
    public static string Code(this TransmissionStatusFilter filter) => filter switch
    {
        TransmissionStatusFilter.All => "all",
        TransmissionStatusFilter.Unacknowledged => "unacknowledged",
        TransmissionStatusFilter.Acknowledged => "acknowledged",
    };

    /// <summary>Reads the <c>status</c> parameter; empty means all.</summary>
    public static TransmissionStatusFilter Parse(string? status)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return TransmissionStatusFilter.All;
        }

        var wanted = status.Trim();
        foreach (var filter in Enum.GetValues<TransmissionStatusFilter>())
        {
            if (string.Equals(filter.Code(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return filter;
            }
        }

        throw new ValidationFailedException("status", $"'{status}' is not a status: use unacknowledged, acknowledged or all.");
    }
}
