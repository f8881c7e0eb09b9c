namespace Kinlink.Data.Mail;

/// <summary>A parcel as a caseworker takes it in: for whom (registry reference or id), which enquiry, from whom, and what is in it.</summary>
public sealed record ParcelInput
{
    public string? Person { get; init; }

    public string? Enquiry { get; init; }

    public string? SenderName { get; init; }

    public string? SenderAddress { get; init; }

    /// <summary>caseworker (default), family-online, delegate or authority.</summary>
    public string? Intake { get; init; }

    public IReadOnlyList<ParcelLineInput>? Lines { get; init; }
}
