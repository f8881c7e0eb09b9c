using Kinlink.Data.Tracing;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryCandidateConfiguration : IEntityTypeConfiguration<EnquiryCandidate>
{
    public void Configure(EntityTypeBuilder<EnquiryCandidate> builder)
    {
        builder.ToTable("enquiry_candidates");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Bucket).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.ModelVersion).HasMaxLength(40);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.Property(c => c.DecisionReason).HasMaxLength(EnquiryReviewService.MaxReasonLength);
        // Stored as a number so that the worklist can order by it on both providers (SQLite cannot order a DateTimeOffset).
        builder.Property(c => c.FirstSeenAt).HasConversion<long>();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.EnquiryId, c.PersonId }).IsUnique();
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => new { c.State, c.FirstSeenAt });
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(c => c.EnquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceList>().WithMany().HasForeignKey(c => c.SourceListId).OnDelete(DeleteBehavior.SetNull);
    }
}
