using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryMatchKeyConfiguration : IEntityTypeConfiguration<EnquiryMatchKey>
{
    public void Configure(EntityTypeBuilder<EnquiryMatchKey> builder)
    {
        builder.ToTable("enquiry_match_keys");
        // The key first: a changed person's keys are looked up here by key.
        builder.HasKey(k => new { k.Key, k.Number });
        builder.Property(k => k.Key).ValueGeneratedNever();
        builder.Property(k => k.Number).ValueGeneratedNever();
        builder.HasIndex(k => k.Number);
        builder.HasOne(k => k.Subject).WithMany().HasForeignKey(k => k.Number).OnDelete(DeleteBehavior.Cascade);
    }
}
