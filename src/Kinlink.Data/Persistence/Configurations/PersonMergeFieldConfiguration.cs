using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonMergeFieldConfiguration : IEntityTypeConfiguration<PersonMergeField>
{
    public void Configure(EntityTypeBuilder<PersonMergeField> builder)
    {
        builder.ToTable("person_merge_fields");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Field).HasMaxLength(40);
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.SurvivorValue).HasMaxLength(500);
        builder.Property(f => f.AbsorbedValue).HasMaxLength(500);
        builder.HasIndex(f => f.MergeId);
    }
}
