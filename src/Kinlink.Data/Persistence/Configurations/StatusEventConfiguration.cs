using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class StatusEventConfiguration : IEntityTypeConfiguration<StatusEvent>
{
    public void Configure(EntityTypeBuilder<StatusEvent> builder)
    {
        builder.ToTable("status_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Condition).HasMaxLength(500);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.SourceLabel).HasMaxLength(300);
        builder.Property(e => e.RecordedBy).HasMaxLength(100);
        builder.HasIndex(e => e.PersonId);
        builder.HasIndex(e => e.PlaceId);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(e => e.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(e => e.FromPlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SourceList>().WithMany().HasForeignKey(e => e.SourceListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.ReportedByPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
