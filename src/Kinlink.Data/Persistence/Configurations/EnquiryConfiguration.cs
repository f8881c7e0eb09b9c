using Kinlink.Data.Access;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> builder)
    {
        builder.ToTable("enquiries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EnquirerRelation).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EnquirerLanguage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.SoughtSex).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.LegalBasis).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.SharingConsent).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.AllowedOnRefusal).HasConversion<string>().HasMaxLength(20);

        builder.Property(e => e.EnquirerFullName).HasMaxLength(EnquiryRules.NameLength);
        builder.Property(e => e.EnquirerRelationOther).HasMaxLength(100);
        // Stored encrypted (EnquiryConfidentialFields): room for the longest value the rules let through, sealed.
        builder.Property(e => e.EnquirerPhone).HasMaxLength(FieldEncryption.SealedLength(40));
        builder.Property(e => e.EnquirerEmail).HasMaxLength(FieldEncryption.SealedLength(254));
        builder.Property(e => e.EnquirerPostalAddress).HasMaxLength(FieldEncryption.SealedLength(EnquiryRules.AddressLength));
        foreach (var name in new[] { nameof(Enquiry.SoughtSurname), nameof(Enquiry.SoughtGivenName), nameof(Enquiry.SoughtPatronymic) })
        {
            builder.Property(name).HasMaxLength(100);
        }

        foreach (var text in new[] { nameof(Enquiry.SoughtPlaceOfBirth), nameof(Enquiry.SoughtMilitaryUnit), nameof(Enquiry.LastNewsPlace) })
        {
            builder.Property(text).HasMaxLength(EnquiryRules.ShortTextLength);
        }

        builder.Property(e => e.SoughtServiceNumber).HasMaxLength(40);
        builder.Property(e => e.HowNewsCame).HasMaxLength(FieldEncryption.SealedLength(EnquiryRules.NarrativeLength));
        builder.Property(e => e.LegalBasisNote).HasMaxLength(EnquiryRules.AddressLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.Property(e => e.FamilyAccessCodeHash).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.SoughtApproximateAge);
        builder.Ignore(e => e.SoughtFullName);
        builder.Property<string>(EnquiryService.SearchTextColumn).HasMaxLength(EnquiryService.SearchTextLength).IsRequired();

        // The PFIF person_record_id an imported enquiry came from: unique, so a feed imported twice adds nothing.
        builder.Property<string?>(PfifInterchange.SourceRecordIdColumn).HasMaxLength(PfifInterchange.RecordIdLength);
        builder.HasIndex(PfifInterchange.SourceRecordIdColumn).IsUnique();

        builder.HasIndex(e => e.Reference).IsUnique();
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.CaseId);
        builder.HasIndex(e => e.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SoughtServiceNumber);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.SoughtDependsOnPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
