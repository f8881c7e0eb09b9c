using Kinlink.Data.Mail;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

/// <summary>The columns a message and a parcel share (<see cref="MailItem"/>), configured once for both tables.</summary>
internal static class MailItemColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : MailItem
    {
        builder.Property(i => i.Reference).HasMaxLength(MailReference.Length);
        builder.Property(i => i.Intake).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ReceivedBy).HasMaxLength(100);
        builder.Property(i => i.DeliveryChannel).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.UndeliverableReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.ClosedBy).HasMaxLength(100);
        builder.Property(i => i.OutcomeNote).HasMaxLength(MailItem.NoteLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Reference).IsUnique();
        builder.HasIndex(i => new { i.PersonId, i.Status });
        builder.HasIndex(i => new { i.RoutedPlaceId, i.Status });
        builder.HasIndex(i => new { i.DetainingPartyId, i.Status });
        builder.HasIndex(i => i.EnquiryId);
        builder.HasIndex(i => i.BatchId);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(i => i.EnquiryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(i => i.RoutedPlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(i => i.DetainingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MailBatch>().WithMany().HasForeignKey(i => i.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Visit>().WithMany().HasForeignKey(i => i.DeliveredOnVisitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        MailItemColumns.Configure(builder);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.SealedCorrespondentName).HasMaxLength(Access.FieldEncryption.SealedLength(MessageDraft.NameLength));
        builder.Property(m => m.SealedCorrespondentAddress).HasMaxLength(Access.FieldEncryption.SealedLength(MessageDraft.AddressLength));
        builder.Property(m => m.CorrespondentRelation).HasMaxLength(MessageDraft.RelationLength);
        builder.Property(m => m.Language).HasMaxLength(MessageDraft.LanguageLength);
        builder.Property(m => m.SealedText).HasMaxLength(Access.FieldEncryption.SealedLength(MessageDraft.TextLength));
        builder.Property(m => m.CheckOutcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.CheckNote).HasMaxLength(MailItem.NoteLength);
        builder.Property(m => m.CheckedBy).HasMaxLength(100);
        builder.HasIndex(m => m.InReplyToId);
        builder.HasOne<Message>().WithMany().HasForeignKey(m => m.InReplyToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Events).WithOne().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ParcelConfiguration : IEntityTypeConfiguration<Parcel>
{
    public void Configure(EntityTypeBuilder<Parcel> builder)
    {
        builder.ToTable("parcels");
        builder.Property(p => p.Id).ValueGeneratedNever();
        MailItemColumns.Configure(builder);
        builder.Property(p => p.SealedSenderName).HasMaxLength(Access.FieldEncryption.SealedLength(MessageDraft.NameLength));
        builder.Property(p => p.SealedSenderAddress).HasMaxLength(Access.FieldEncryption.SealedLength(MessageDraft.AddressLength));
        builder.Property(p => p.RefusalReasons).HasMaxLength(8000);
        builder.Property(p => p.ReceiptSigner).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.ReceiptSignerName).HasMaxLength(Parcel.SignerNameLength);
        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.ParcelId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ParcelId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ParcelLineConfiguration : IEntityTypeConfiguration<ParcelLine>
{
    public void Configure(EntityTypeBuilder<ParcelLine> builder)
    {
        builder.ToTable("parcel_lines");
        builder.HasKey(l => new { l.ParcelId, l.Number });
        builder.Property(l => l.Number).ValueGeneratedNever();
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Description).HasMaxLength(ParcelLine.DescriptionLength);
    }
}

internal sealed class MailEventConfiguration : IEntityTypeConfiguration<MailEvent>
{
    public void Configure(EntityTypeBuilder<MailEvent> builder)
    {
        builder.ToTable("mail_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.By).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(MailEvent.NoteLength);
        builder.HasIndex(e => e.MessageId);
        builder.HasIndex(e => e.ParcelId);
    }
}

internal sealed class MailBatchConfiguration : IEntityTypeConfiguration<MailBatch>
{
    public void Configure(EntityTypeBuilder<MailBatch> builder)
    {
        builder.ToTable("mail_batches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Reference).HasMaxLength(MailReference.Length);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.CreatedBy).HasMaxLength(100);
        builder.Property(b => b.DispatchedBy).HasMaxLength(100);
        builder.Property(b => b.Note).HasMaxLength(MailBatch.NoteLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => b.Reference).IsUnique();
        builder.HasIndex(b => new { b.PlaceId, b.Status });
        builder.HasIndex(b => b.DetainingPartyId);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(b => b.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(b => b.DetainingPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartyMailLimitConfiguration : IEntityTypeConfiguration<PartyMailLimit>
{
    public void Configure(EntityTypeBuilder<PartyMailLimit> builder)
    {
        builder.ToTable("party_mail_limits");
        builder.HasKey(l => l.PartyId);
        builder.Property(l => l.Note).HasMaxLength(PartyMailLimit.NoteLength);
        builder.Property(l => l.RecordedBy).HasMaxLength(100);
        builder.HasOne<Party>().WithMany().HasForeignKey(l => l.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MessageScanConfiguration : IEntityTypeConfiguration<MessageScan>
{
    public void Configure(EntityTypeBuilder<MessageScan> builder)
    {
        builder.ToTable("message_scans");
        builder.HasKey(s => s.MessageId);
        builder.Property(s => s.FileName).HasMaxLength(200);
        builder.Property(s => s.ContentType).HasMaxLength(100);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.Property(s => s.CreatedBy).HasMaxLength(100);
        builder.HasOne<Message>().WithOne().HasForeignKey<MessageScan>(s => s.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
