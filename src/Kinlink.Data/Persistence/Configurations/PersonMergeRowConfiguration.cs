using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonMergeRowConfiguration : IEntityTypeConfiguration<PersonMergeRow>
{
    public void Configure(EntityTypeBuilder<PersonMergeRow> builder)
    {
        builder.ToTable("person_merge_rows");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.MergeId);
    }
}
