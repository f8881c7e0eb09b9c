namespace Kinlink.Data.Transmissions;

/// <summary>Which transmissions of a feed to list.</summary>
public enum TransmissionStatusFilter
{
    All = 0,
    Unacknowledged = 1,
    Acknowledged = 2,
}
