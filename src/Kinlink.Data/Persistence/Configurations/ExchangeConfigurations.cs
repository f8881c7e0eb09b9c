using Kinlink.Data.Exchanges;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class ExchangeOperationConfiguration : IEntityTypeConfiguration<ExchangeOperation>
{
    public void Configure(EntityTypeBuilder<ExchangeOperation> builder)
    {
        builder.ToTable("exchanges");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reference).HasMaxLength(ExchangeReference.Length);
        builder.Property(e => e.Terms).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Categories).HasMaxLength(ExchangeOperation.CategoriesLength);
        builder.Property(e => e.TermsNote).HasMaxLength(ExchangeOperation.NoteLength);
        builder.Property(e => e.Place).HasMaxLength(ExchangeOperation.PlaceLength);
        builder.Property(e => e.ExecutedBy).HasMaxLength(100);
        builder.Property(e => e.BalanceNote).HasMaxLength(ExchangeOperation.NoteLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.HasIndex(e => e.Status);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.PartyAId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.PartyBId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Entries).WithOne().HasForeignKey(e => e.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ExchangeEntryConfiguration : IEntityTypeConfiguration<ExchangeEntry>
{
    public void Configure(EntityTypeBuilder<ExchangeEntry> builder)
    {
        builder.ToTable("exchange_entries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.SourceFile).HasMaxLength(ExchangeEntry.FileNameLength);
        builder.Property(e => e.ListedSurname).HasMaxLength(ExchangeEntry.NameLength);
        builder.Property(e => e.ListedGivenName).HasMaxLength(ExchangeEntry.NameLength);
        builder.Property(e => e.ListedPatronymic).HasMaxLength(ExchangeEntry.NameLength);
        builder.Property(e => e.ListedServiceNumber).HasMaxLength(ExchangeEntry.ServiceNumberLength);
        builder.Property(e => e.ListedNote).HasMaxLength(ExchangeEntry.NoteLength);
        builder.Property(e => e.Resolution).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ResolvedBy).HasMaxLength(100);
        builder.Property(e => e.IdentityConfirmedBy).HasMaxLength(100);
        builder.Property(e => e.Wish).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.InterviewedBy).HasMaxLength(100);
        builder.Property(e => e.SealedInterviewNote).HasMaxLength(Access.FieldEncryption.SealedLength(ExchangeEntry.NoteLength));
        builder.Property(e => e.MedicalCategory).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.BlockingIssue).HasMaxLength(ExchangeEntry.NoteLength);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.NotHandedOverReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.OutcomeNote).HasMaxLength(ExchangeEntry.NoteLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.HasIndex(e => new { e.ExchangeId, e.ReleasingPartyId });
        builder.HasIndex(e => e.PersonId);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.ReleasingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MedicalRepatriationCaseConfiguration : IEntityTypeConfiguration<MedicalRepatriationCase>
{
    public void Configure(EntityTypeBuilder<MedicalRepatriationCase> builder)
    {
        builder.ToTable("medical_repatriation_cases");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(ExchangeReference.Length);
        builder.Property(c => c.Grounds).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.SealedDiagnosis).HasMaxLength(Access.FieldEncryption.SealedLength(MedicalRepatriationCase.TextLength));
        builder.Property(c => c.ProposedBy).HasMaxLength(MedicalRepatriationCase.ProposedByLength);
        builder.Property(c => c.Wish).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ExaminationPlace).HasMaxLength(MedicalRepatriationCase.ProposedByLength);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.DecisionNote).HasMaxLength(MedicalRepatriationCase.TextLength);
        builder.Property(c => c.ClosingNote).HasMaxLength(MedicalRepatriationCase.TextLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.UpdatedBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.ExecutionDueBy);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.Status, c.PersonId });
        builder.HasIndex(c => c.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeathNotificationConfiguration : IEntityTypeConfiguration<DeathNotification>
{
    public void Configure(EntityTypeBuilder<DeathNotification> builder)
    {
        builder.ToTable("death_notifications");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reference).HasMaxLength(ExchangeReference.Length);
        builder.Property(d => d.PlaceOfDeath).HasMaxLength(DeathNotification.PlaceLength);
        builder.Property(d => d.CauseOfDeath).HasMaxLength(DeathNotification.TextLength);
        builder.Property(d => d.Circumstances).HasMaxLength(DeathNotification.TextLength);
        builder.Property(d => d.PlaceOfBurial).HasMaxLength(DeathNotification.PlaceLength);
        builder.Property(d => d.GraveIdentification).HasMaxLength(DeathNotification.TextLength);
        builder.Property(d => d.CremationReason).HasMaxLength(DeathNotification.TextLength);
        builder.Property(d => d.ResponsibleAuthority).HasMaxLength(DeathNotification.AuthorityLength);
        builder.Property(d => d.Witnesses).HasMaxLength(DeathNotification.TextLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.TransmittedBy).HasMaxLength(100);
        builder.Property(d => d.AcknowledgedBy).HasMaxLength(100);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.Reference).IsUnique();
        builder.HasIndex(d => d.PersonId);
        builder.HasIndex(d => new { d.TransmittedToPartyId, d.Status });
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(d => d.ReportedByPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(d => d.TransmittedToPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeathCertificateConfiguration : IEntityTypeConfiguration<DeathCertificate>
{
    public void Configure(EntityTypeBuilder<DeathCertificate> builder)
    {
        builder.ToTable("death_certificates");
        builder.HasKey(c => c.DeathNotificationId);
        builder.Property(c => c.FileName).HasMaxLength(200);
        builder.Property(c => c.ContentType).HasMaxLength(100);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.HasOne<DeathNotification>().WithOne().HasForeignKey<DeathCertificate>(c => c.DeathNotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EffectsPacketConfiguration : IEntityTypeConfiguration<EffectsPacket>
{
    public void Configure(EntityTypeBuilder<EffectsPacket> builder)
    {
        builder.ToTable("effects_packets");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Reference).HasMaxLength(ExchangeReference.Length);
        builder.Property(p => p.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SealNumber).HasMaxLength(100);
        builder.Property(p => p.ReceivedFrom).HasMaxLength(EffectsPacket.TextLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.HandedOverTo).HasMaxLength(EffectsPacket.TextLength);
        builder.Property(p => p.HandoverNote).HasMaxLength(EffectsPacket.NoteLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.HasIndex(p => p.DeathNotificationId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeathNotification>().WithMany().HasForeignKey(p => p.DeathNotificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.HandedOverToPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PacketId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EffectsItemConfiguration : IEntityTypeConfiguration<EffectsItem>
{
    public void Configure(EntityTypeBuilder<EffectsItem> builder)
    {
        builder.ToTable("effects_items");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Description).HasMaxLength(EffectsItem.DescriptionLength);
        builder.Property(i => i.Amount).HasPrecision(18, 2);
        builder.Property(i => i.Currency).HasMaxLength(EffectsItem.CurrencyLength);
        builder.HasIndex(i => new { i.PacketId, i.Position }).IsUnique();
    }
}

internal sealed class JudicialProceedingConfiguration : IEntityTypeConfiguration<JudicialProceeding>
{
    public void Configure(EntityTypeBuilder<JudicialProceeding> builder)
    {
        builder.ToTable("judicial_proceedings");
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Reference).HasMaxLength(ExchangeReference.Length);
        builder.Property(j => j.Charges).HasMaxLength(JudicialProceeding.TextLength);
        builder.Property(j => j.LegalProvisions).HasMaxLength(JudicialProceeding.TextLength);
        builder.Property(j => j.Court).HasMaxLength(JudicialProceeding.ShortLength);
        builder.Property(j => j.TrialPlace).HasMaxLength(JudicialProceeding.ShortLength);
        builder.Property(j => j.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(j => j.Sentence).HasMaxLength(JudicialProceeding.TextLength);
        builder.Property(j => j.StageNote).HasMaxLength(JudicialProceeding.TextLength);
        builder.Property(j => j.CreatedBy).HasMaxLength(100);
        builder.Property(j => j.UpdatedBy).HasMaxLength(100);
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.Ignore(j => j.IsPending);
        builder.Ignore(j => j.NoticeShort);
        builder.HasIndex(j => j.Reference).IsUnique();
        builder.HasIndex(j => new { j.PersonId, j.Stage });
        builder.HasIndex(j => j.Stage);
        builder.HasOne<Person>().WithMany().HasForeignKey(j => j.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(j => j.ProsecutingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(j => j.ServedAtPlaceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FamilyNoticeConfiguration : IEntityTypeConfiguration<FamilyNotice>
{
    public void Configure(EntityTypeBuilder<FamilyNotice> builder)
    {
        builder.ToTable("family_notices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.OutcomeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.InformedBy).HasMaxLength(100);
        builder.HasIndex(n => new { n.EnquiryId, n.StatusEventId }).IsUnique();
        builder.HasIndex(n => n.PersonId);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(n => n.EnquiryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StatusEvent>().WithMany().HasForeignKey(n => n.StatusEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
