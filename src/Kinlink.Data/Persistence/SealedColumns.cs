using Kinlink.Data.Access;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinlink.Data.Persistence;

/// <summary>
/// The columns that hold confidential text sealed (a family's contact details, what a prisoner said in confidence, a
/// message's text and who sent it), and the last line of defence for all of them: whatever path changed an entity, the
/// context refuses to save one of these in clear. A service that forgot to seal would otherwise write it in plain text
/// without anyone noticing. A new sealed column is added here and nowhere else.
/// </summary>
internal static class SealedColumns
{
    private static readonly Dictionary<Type, string[]> ByEntity = new()
    {
        [typeof(Enquiry)] = [nameof(Enquiry.EnquirerPhone), nameof(Enquiry.EnquirerEmail), nameof(Enquiry.EnquirerPostalAddress), nameof(Enquiry.HowNewsCame)],
        [typeof(Visit)] = [nameof(Visit.SealedFindings), nameof(Visit.SealedRecommendations)],
        [typeof(VisitPerson)] = [nameof(VisitPerson.SealedNote)],
        [typeof(Message)] = [nameof(Message.SealedText), nameof(Message.SealedCorrespondentName), nameof(Message.SealedCorrespondentAddress)],
        [typeof(Parcel)] = [nameof(Parcel.SealedSenderName), nameof(Parcel.SealedSenderAddress)],
        [typeof(ExchangeEntry)] = [nameof(ExchangeEntry.SealedInterviewNote)],
        [typeof(MedicalRepatriationCase)] = [nameof(MedicalRepatriationCase.SealedDiagnosis)],
    };

    internal static void EnsureSealed(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            if (!ByEntity.TryGetValue(entry.Metadata.ClrType, out var properties))
            {
                continue;
            }

            foreach (var property in properties)
            {
                var value = entry.Property(property);
                if ((entry.State == EntityState.Added || value.IsModified) && value.CurrentValue is string { Length: > 0 } text && !FieldEncryption.LooksSealed(text))
                {
                    throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} {Describe(entry)}: {property} is about to be saved in clear; seal it first.");
                }
            }
        }
    }

    private static string Describe(EntityEntry entry) => entry.Entity switch
    {
        Enquiry enquiry => enquiry.Reference?.Value ?? "",
        Visit visit => visit.Reference,
        VisitPerson person => person.VisitId.ToString(),
        MailItem item => item.Reference,
        ExchangeEntry listed => listed.Id.ToString(),
        MedicalRepatriationCase medical => medical.Reference,
        _ => "",
    };
}
