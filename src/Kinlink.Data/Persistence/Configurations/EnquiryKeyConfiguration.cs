using Kinlink.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryKeyConfiguration : IEntityTypeConfiguration<EnquiryKey>
{
    public void Configure(EntityTypeBuilder<EnquiryKey> builder)
    {
        builder.ToTable("enquiry_keys");
        builder.HasKey(k => k.EnquiryId);
        builder.Property(k => k.EnquiryId).ValueGeneratedNever();
        builder.Property(k => k.WrappedKey).HasMaxLength(200);
        // No foreign key to enquiries: the key is made before the enquiry's row is saved, and must be erasable alone.
    }
}
