using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class SourceListConfiguration : IEntityTypeConfiguration<SourceList>
{
    public void Configure(EntityTypeBuilder<SourceList> builder)
    {
        builder.ToTable("source_lists");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Label).HasMaxLength(300);
        builder.Property(s => s.FileName).HasMaxLength(300);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.ImportedBy).HasMaxLength(100);
        builder.HasIndex(s => s.ContentHash);
        builder.HasIndex(s => s.ImportedAt);
        builder.HasOne<Party>().WithMany().HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
