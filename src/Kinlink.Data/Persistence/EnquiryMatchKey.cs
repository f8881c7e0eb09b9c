namespace Kinlink.Data.Persistence;

/// <summary>
/// One key an enquiry probes (<see cref="Kinlink.Matching.Engine.CandidateKeys.ForQuery(Kinlink.Matching.Engine.PreparedRecord)"/>),
/// as a 64-bit hash beside the enquiry's <see cref="EnquiryMatchSubject.Number"/>. A changed person's stored keys
/// meet these rows, so the open enquiries a change could concern are found by key, never by reading every enquiry.
/// </summary>
public sealed class EnquiryMatchKey
{
    public long Key { get; set; }

    public int Number { get; set; }

    /// <summary>Set instead of <see cref="Number"/> when the subject is new in the same save and has no number yet.</summary>
    public EnquiryMatchSubject? Subject { get; set; }
}
