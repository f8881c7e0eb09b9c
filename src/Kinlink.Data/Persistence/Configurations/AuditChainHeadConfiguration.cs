using Kinlink.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("audit_chain_head");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastMac).HasMaxLength(64);
        // The row exists from the migration on, so writers always have a row to lock.
        builder.HasData(new AuditChainHead { Id = AuditChainHead.SingleId, LastSequence = 0, LastMac = "" });
    }
}
