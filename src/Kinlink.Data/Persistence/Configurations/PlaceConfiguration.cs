using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<PlaceOfDetention>
{
    public void Configure(EntityTypeBuilder<PlaceOfDetention> builder)
    {
        builder.ToTable("places");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.NameLatin).HasMaxLength(300);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Region).HasMaxLength(200);
        builder.Property(p => p.Address).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.HoldingPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
