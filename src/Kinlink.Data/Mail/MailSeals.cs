using Kinlink.Data.Access;
using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// Seals and opens the confidential fields of messages and parcels (text, the family member's or sender's name and address)
/// with the field key, each bound to its field and its item's id. Every service that reads or writes them goes through here.
/// </summary>
public static class MailSeals
{
    public static Func<MessageId, string, string, string> ForMessages(FieldEncryption encryption)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return (id, field, plain) => encryption.Encrypt(plain, MailSealing.Purpose(field, id.Value));
    }

    public static Func<ParcelId, string, string, string> ForParcels(FieldEncryption encryption)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return (id, field, plain) => encryption.Encrypt(plain, MailSealing.Purpose(field, id.Value));
    }

    public static string OpenText(FieldEncryption encryption, Message message) => Open(encryption, message.Id.Value, MailSealing.Text, message.SealedText);

    public static string OpenCorrespondentName(FieldEncryption encryption, Message message) => Open(encryption, message.Id.Value, MailSealing.CorrespondentName, message.SealedCorrespondentName);

    public static string OpenCorrespondentAddress(FieldEncryption encryption, Message message) => Open(encryption, message.Id.Value, MailSealing.CorrespondentAddress, message.SealedCorrespondentAddress);

    public static string OpenSenderName(FieldEncryption encryption, Parcel parcel) => Open(encryption, parcel.Id.Value, MailSealing.ParcelSenderName, parcel.SealedSenderName);

    public static string OpenSenderAddress(FieldEncryption encryption, Parcel parcel) => Open(encryption, parcel.Id.Value, MailSealing.ParcelSenderAddress, parcel.SealedSenderAddress);

    /// <summary>Seals a message's scan, bound to the message.</summary>
    public static byte[] SealScan(FieldEncryption encryption, MessageId messageId, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return encryption.EncryptBytes(content, MailSealing.Purpose(MailSealing.Scan, messageId.Value));
    }

    public static byte[] OpenScan(FieldEncryption encryption, MessageId messageId, byte[] sealedContent)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return encryption.DecryptBytes(sealedContent, MailSealing.Purpose(MailSealing.Scan, messageId.Value));
    }

    private static string Open(FieldEncryption encryption, Guid id, string field, string sealedValue)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return encryption.Decrypt(sealedValue, MailSealing.Purpose(field, id));
    }
}
