namespace Kinlink.Data.Transmissions;

public readonly record struct TransmissionId(Guid Value)
{
    /// <summary>
    /// A version-7 id carrying the time of transmission, so ids sort as transmissions were made on both providers
    /// (SQLite cannot sort by a DateTimeOffset column), also for demo transmissions dated in the past.
    /// </summary>
    public static TransmissionId At(DateTimeOffset transmittedAt) => new(Guid.CreateVersion7(transmittedAt));

    public override string ToString() => Value.ToString();
}
