using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Access;

/// <summary>
/// An enquiry's own data key, stored wrapped with the master field-encryption key, like a person's
/// (<see cref="PersonKey"/>). Deleting the row erases the enquirer's contact details, the account of the last news and
/// the attachments of that enquiry, while its row (names, dates, status) stays for the case's history.
/// </summary>
public sealed class EnquiryKey
{
    public EnquiryId EnquiryId { get; set; }

    /// <summary>The key encrypted with the master key, in the <see cref="FieldEncryption"/> text format.</summary>
    public string WrappedKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
