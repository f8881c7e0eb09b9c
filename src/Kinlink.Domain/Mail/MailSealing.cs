namespace Kinlink.Domain.Mail;

/// <summary>
/// The purposes a message's sealed fields are bound to. The data layer seals each value under the purpose followed by the
/// message's id, so a sealed text copied into another row or another field does not open.
/// </summary>
public static class MailSealing
{
    public const string Text = "message-text";
    public const string CorrespondentName = "message-correspondent-name";
    public const string CorrespondentAddress = "message-correspondent-address";

    /// <summary>A parcel sender's name and address, bound to the parcel's id the same way.</summary>
    public const string ParcelSenderName = "parcel-sender-name";
    public const string ParcelSenderAddress = "parcel-sender-address";

    /// <summary>The scan of a message's paper form.</summary>
    public const string Scan = "message-scan";

    public static string Purpose(string field, Guid itemId) => $"{field}:{itemId}";
}
