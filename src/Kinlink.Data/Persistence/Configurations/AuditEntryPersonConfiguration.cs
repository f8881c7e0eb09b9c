using Kinlink.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class AuditEntryPersonConfiguration : IEntityTypeConfiguration<AuditEntryPerson>
{
    public void Configure(EntityTypeBuilder<AuditEntryPerson> builder)
    {
        builder.ToTable("audit_entry_persons");
        builder.HasKey(p => new { p.EntrySequence, p.PersonId });
        builder.HasIndex(p => new { p.PersonId, p.EntrySequence });
        // No foreign key to persons: the trail outlives a person's record, erased or merged.
        builder.HasOne<AuditEntry>().WithMany().HasForeignKey(p => p.EntrySequence).OnDelete(DeleteBehavior.Restrict);
    }
}
