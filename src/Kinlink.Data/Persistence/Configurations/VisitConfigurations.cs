using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class VisitRequestConfiguration : IEntityTypeConfiguration<VisitRequest>
{
    public void Configure(EntityTypeBuilder<VisitRequest> builder)
    {
        builder.ToTable("visit_requests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reference).HasMaxLength(VisitReference.Length);
        builder.Property(r => r.Purpose).HasMaxLength(VisitRequest.PurposeLength);
        builder.Property(r => r.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.SentBy).HasMaxLength(100);
        builder.Property(r => r.AnsweredBy).HasMaxLength(100);
        builder.Property(r => r.AnswerReason).HasMaxLength(VisitRequest.ReasonLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.DetainingPartyId, r.Status });
        builder.HasIndex(r => r.PlaceId);
        builder.HasOne<Party>().WithMany().HasForeignKey(r => r.DetainingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(r => r.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Persons).WithOne().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Persons).HasField("_persons").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class VisitRequestPersonConfiguration : IEntityTypeConfiguration<VisitRequestPerson>
{
    public void Configure(EntityTypeBuilder<VisitRequestPerson> builder)
    {
        builder.ToTable("visit_request_persons");
        builder.HasKey(p => new { p.RequestId, p.PersonId });
        builder.Property(p => p.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Answer).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.AnswerReason).HasMaxLength(VisitRequest.ReasonLength);
        builder.HasIndex(p => p.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitRequestEventConfiguration : IEntityTypeConfiguration<VisitRequestEvent>
{
    public void Configure(EntityTypeBuilder<VisitRequestEvent> builder)
    {
        builder.ToTable("visit_request_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.By).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(VisitRequest.ReasonLength);
        builder.HasIndex(e => e.RequestId);
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("visits");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Reference).HasMaxLength(VisitReference.Length);
        builder.Property(v => v.Delegates).HasMaxLength(Visit.DelegatesLength);
        builder.Property(v => v.AccessNotes).HasMaxLength(Visit.NotesLength);
        builder.Property(v => v.SealedFindings).HasMaxLength(Access.FieldEncryption.SealedLength(Visit.FindingsLength));
        builder.Property(v => v.SealedRecommendations).HasMaxLength(Access.FieldEncryption.SealedLength(Visit.FindingsLength));
        builder.Property(v => v.RecordedBy).HasMaxLength(100);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => v.Reference).IsUnique();
        builder.HasIndex(v => new { v.PlaceId, v.EndedOn });
        builder.HasIndex(v => v.DetainingPartyId);
        builder.HasIndex(v => v.VisitRequestId);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(v => v.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(v => v.DetainingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VisitRequest>().WithMany().HasForeignKey(v => v.VisitRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Persons).WithOne().HasForeignKey(p => p.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Persons).HasField("_persons").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class VisitPersonConfiguration : IEntityTypeConfiguration<VisitPerson>
{
    public void Configure(EntityTypeBuilder<VisitPerson> builder)
    {
        builder.ToTable("visit_persons");
        builder.HasKey(p => new { p.VisitId, p.PersonId });
        builder.Property(p => p.NotSeenReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.NotSeenNote).HasMaxLength(VisitPerson.NoteLength);
        builder.Property(p => p.MessagesToSend).HasMaxLength(VisitPerson.NoteLength);
        builder.Property(p => p.FamilyToInform).HasMaxLength(VisitPerson.NoteLength);
        builder.Property(p => p.SealedNote).HasMaxLength(Access.FieldEncryption.SealedLength(Visit.FindingsLength));
        // Coverage asks, per person, when a delegate last saw them.
        builder.HasIndex(p => new { p.PersonId, p.Seen });
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VisitFollowUpConfiguration : IEntityTypeConfiguration<VisitFollowUp>
{
    public void Configure(EntityTypeBuilder<VisitFollowUp> builder)
    {
        builder.ToTable("visit_follow_ups");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Description).HasMaxLength(VisitFollowUp.DescriptionLength);
        builder.Property(f => f.Owner).HasMaxLength(VisitFollowUp.OwnerLength);
        builder.Property(f => f.CreatedBy).HasMaxLength(100);
        builder.Property(f => f.StateChangedBy).HasMaxLength(100);
        builder.Property(f => f.StateNote).HasMaxLength(VisitFollowUp.DescriptionLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => f.VisitId);
        builder.HasIndex(f => new { f.Owner, f.State });
        builder.HasOne<Visit>().WithMany().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
