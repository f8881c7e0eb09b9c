using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryContactConfiguration : IEntityTypeConfiguration<EnquiryContact>
{
    public void Configure(EntityTypeBuilder<EnquiryContact> builder)
    {
        builder.ToTable("enquiry_contacts");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Letter).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LetterLanguage).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Summary).HasMaxLength(EnquiryContact.SummaryLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(100);
        builder.HasIndex(c => c.EnquiryId);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(c => c.EnquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}
