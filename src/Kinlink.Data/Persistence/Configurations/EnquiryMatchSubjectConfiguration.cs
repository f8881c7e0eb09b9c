using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryMatchSubjectConfiguration : IEntityTypeConfiguration<EnquiryMatchSubject>
{
    public void Configure(EntityTypeBuilder<EnquiryMatchSubject> builder)
    {
        builder.ToTable("enquiry_match_subjects");
        builder.HasKey(s => s.Number);
        builder.Property(s => s.Number).ValueGeneratedOnAdd();
        builder.HasIndex(s => s.EnquiryId).IsUnique();
        builder.HasIndex(s => s.SearchedAt);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(s => s.EnquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}
