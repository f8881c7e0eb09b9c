using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> builder)
    {
        builder.ToTable("person_merges");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Reason).HasMaxLength(1000);
        builder.Property(m => m.MergedBy).HasMaxLength(100);
        builder.Property(m => m.SplitBy).HasMaxLength(100);
        builder.Ignore(m => m.IsSplit);
        builder.Ignore(m => m.Conflicts);
        builder.HasIndex(m => m.SurvivorId);
        builder.HasIndex(m => m.AbsorbedId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.SurvivorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.AbsorbedId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(m => m.Rows).WithOne().HasForeignKey(r => r.MergeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Rows).HasField("_rows").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Fields).WithOne().HasForeignKey(f => f.MergeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Fields).HasField("_fields").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
