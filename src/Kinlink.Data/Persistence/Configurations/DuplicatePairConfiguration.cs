using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class DuplicatePairConfiguration : IEntityTypeConfiguration<DuplicatePair>
{
    public void Configure(EntityTypeBuilder<DuplicatePair> builder)
    {
        builder.ToTable("duplicate_pairs");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Bucket).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.ModelVersion).HasMaxLength(40);
        builder.Property(p => p.DecidedBy).HasMaxLength(100);
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.FirstPersonId, p.SecondPersonId }).IsUnique();
        builder.HasIndex(p => p.SecondPersonId);
        builder.HasIndex(p => new { p.State, p.Bucket, p.Score });
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.FirstPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.SecondPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PersonMerge>().WithMany().HasForeignKey(p => p.MergeId).OnDelete(DeleteBehavior.Restrict);
    }
}
