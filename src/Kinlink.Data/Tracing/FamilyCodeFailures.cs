namespace Kinlink.Data.Tracing;

/// <summary>
/// Wrong codes tried on the public status page for one well-formed case reference, known or not, in the current window.
/// Kept apart from the enquiry so that a family's typos neither touch the case's version (a caseworker's edit would go
/// stale) nor tell a guesser, by a lock that only real references get, which references exist.
/// </summary>
public sealed class FamilyCodeFailures
{
    /// <summary>The reference as <see cref="Domain.Tracing.EnquiryReference"/> formats it.</summary>
    public string Reference { get; set; } = "";

    public int Count { get; set; }

    public DateTimeOffset WindowStartedAt { get; set; }
}
