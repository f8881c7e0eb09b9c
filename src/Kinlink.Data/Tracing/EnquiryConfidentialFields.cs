using Kinlink.Data.Access;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The enquirer's phone, email and postal address and the account of how the news came are stored encrypted with the
/// enquiry's own key (<see cref="EnquiryKey"/>): a copy of the database alone does not reach a family, and erasing the
/// key erases them while the case's history stays. Names stay in clear, so that enquiries can be searched and matched.
/// Every path that stores an enquiry seals it here; every path that shows one opens it here.
/// </summary>
public sealed class EnquiryConfidentialFields(FieldEncryption encryption)
{
    /// <summary>Encrypts the enquiry's confidential fields in place (an empty field stays empty); the key is saved with the next save.</summary>
    public async Task SealAsync(Enquiry enquiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        async Task<string> Seal(string value) =>
            value.Length == 0 || FieldEncryption.LooksSealed(value) ? value : await encryption.EncryptForEnquiryAsync(enquiry.Id, value, cancellationToken);
        enquiry.ReplaceConfidentialText(
            await Seal(enquiry.EnquirerPhone), await Seal(enquiry.EnquirerEmail), await Seal(enquiry.EnquirerPostalAddress), await Seal(enquiry.HowNewsCame));
    }

    /// <summary>
    /// Decrypts the confidential fields of an enquiry read without tracking (so the clear text is never saved back).
    /// </summary>
    /// <returns>False when the enquiry's key was erased: the fields are then left empty.</returns>
    public async Task<bool> OpenAsync(Enquiry enquiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        try
        {
            async Task<string> Open(string value) =>
                FieldEncryption.LooksSealed(value) ? await encryption.DecryptForEnquiryAsync(enquiry.Id, value, cancellationToken) : value;
            enquiry.ReplaceConfidentialText(
                await Open(enquiry.EnquirerPhone), await Open(enquiry.EnquirerEmail), await Open(enquiry.EnquirerPostalAddress), await Open(enquiry.HowNewsCame));
            return true;
        }
        catch (EnquiryKeyErasedException)
        {
            enquiry.ReplaceConfidentialText("", "", "", "");
            return false;
        }
    }
}
