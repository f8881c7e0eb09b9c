using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Persistence;

/// <summary>
/// An enquiry's sought person as the matcher reads it: a small number that each of its key rows carries (as
/// <see cref="PersonMatchSubject"/> does for persons), the prepared form, and whether the registry has been searched
/// for it since the sought person was last written.
/// </summary>
public sealed class EnquiryMatchSubject
{
    public int Number { get; set; }

    public EnquiryId EnquiryId { get; set; }

    /// <summary>The sought person's prepared form (<see cref="Registry.Matching.MatchForms.Join"/>).</summary>
    public string Forms { get; set; } = "";

    /// <summary>
    /// When the whole registry was last searched for this sought person; null when it is still to be (a new enquiry, or
    /// one whose sought person was edited), so that whichever path opened or edited it, the next pass searches for it.
    /// </summary>
    public DateTimeOffset? SearchedAt { get; set; }
}
