namespace Kinlink.Data.Mail;

/// <summary>A parcel's corrected contents, with the version read.</summary>
public sealed record ParcelLinesInput
{
    public IReadOnlyList<ParcelLineInput>? Lines { get; init; }

    public int? Version { get; init; }
}
