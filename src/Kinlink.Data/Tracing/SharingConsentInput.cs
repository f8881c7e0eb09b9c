namespace Kinlink.Data.Tracing;

/// <summary>
/// The located person's answer on sharing news as a form or the API gives it: <c>consent</c> (given, refused, not-asked),
/// <c>obtainedOn</c> (YYYY-MM-DD), <c>obtainedBy</c> (visit, red-cross-message, phone, letter, partner-society),
/// <c>allowedOnRefusal</c> (that-alive, nothing), a note, and the enquiry's version that was read.
/// </summary>
public sealed record SharingConsentInput
{
    public string? Consent { get; init; }
    public string? ObtainedOn { get; init; }
    public string? ObtainedBy { get; init; }
    public string? AllowedOnRefusal { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}
