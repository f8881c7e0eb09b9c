using Kinlink.Data.Transmissions;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class TransmissionConfiguration : IEntityTypeConfiguration<Transmission>
{
    public void Configure(EntityTypeBuilder<Transmission> builder)
    {
        builder.ToTable("transmissions");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.AcknowledgedBy).HasMaxLength(100);
        builder.Ignore(t => t.IsAcknowledged);
        // A party's feed and the intermediary's overview both read by recipient, acknowledged or not, in id order.
        builder.HasIndex(t => new { t.RecipientPartyId, t.AcknowledgedAt, t.Id });
        builder.HasIndex(t => t.PersonId);
        builder.HasIndex(t => t.StatusEventId);
        builder.HasOne<Party>().WithMany().HasForeignKey(t => t.RecipientPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StatusEvent>().WithMany().HasForeignKey(t => t.StatusEventId).OnDelete(DeleteBehavior.Cascade);
    }
}
