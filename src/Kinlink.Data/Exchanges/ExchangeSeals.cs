using Kinlink.Data.Access;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// Seals and opens the confidential fields of this module (what a prisoner said in the private interview on going home,
/// a medical case's diagnosis, a death certificate's file), each bound to its field and its record's id, so a sealed
/// value copied into another row or field does not open. Every service that reads or writes them goes through here.
/// </summary>
public static class ExchangeSeals
{
    private const string InterviewNote = "exchange-interview-note";
    private const string Diagnosis = "medical-case-diagnosis";
    private const string Certificate = "death-certificate";

    public static string SealInterviewNote(FieldEncryption encryption, ExchangeEntryId entryId, string note)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return string.IsNullOrEmpty(note) ? "" : encryption.Encrypt(note, Purpose(InterviewNote, entryId.Value));
    }

    public static string OpenInterviewNote(FieldEncryption encryption, ExchangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        ArgumentNullException.ThrowIfNull(entry);
        return entry.SealedInterviewNote.Length == 0 ? "" : encryption.Decrypt(entry.SealedInterviewNote, Purpose(InterviewNote, entry.Id.Value));
    }

    /// <summary>The sealing function <see cref="MedicalRepatriationCase.Propose"/> takes.</summary>
    public static Func<MedicalCaseId, string, string> ForDiagnosis(FieldEncryption encryption)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return (id, plain) => encryption.Encrypt(plain, Purpose(Diagnosis, id.Value));
    }

    public static string OpenDiagnosis(FieldEncryption encryption, MedicalRepatriationCase medicalCase)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        ArgumentNullException.ThrowIfNull(medicalCase);
        return encryption.Decrypt(medicalCase.SealedDiagnosis, Purpose(Diagnosis, medicalCase.Id.Value));
    }

    public static byte[] SealCertificate(FieldEncryption encryption, DeathNotificationId id, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return encryption.EncryptBytes(content, Purpose(Certificate, id.Value));
    }

    public static byte[] OpenCertificate(FieldEncryption encryption, DeathNotificationId id, byte[] sealedContent)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        return encryption.DecryptBytes(sealedContent, Purpose(Certificate, id.Value));
    }

    private static string Purpose(string field, Guid id) => $"{field}:{id}";
}
