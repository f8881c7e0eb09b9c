using Kinlink.Data.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class FamilyCodeFailuresConfiguration : IEntityTypeConfiguration<FamilyCodeFailures>
{
    public void Configure(EntityTypeBuilder<FamilyCodeFailures> builder)
    {
        builder.ToTable("family_code_failures");
        builder.HasKey(f => f.Reference);
        builder.Property(f => f.Reference).HasMaxLength(13);
    }
}
