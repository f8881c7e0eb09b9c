using Kinlink.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        // Read back as UTC on both providers, so the ticks in the MAC are the ones written.
        builder.Property(e => e.At).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(e => e.UserName).HasMaxLength(100);
        builder.Property(e => e.Organisation).HasMaxLength(50);
        // Room for the several actions of one request.
        builder.Property(e => e.Action).HasMaxLength(200);
        builder.Property(e => e.Request).HasMaxLength(400);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.PreviousMac).HasMaxLength(64);
        builder.Property(e => e.Mac).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.UserName, e.Sequence });
        builder.HasIndex(e => new { e.Organisation, e.Sequence });
    }
}
