using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonMatchKeyConfiguration : IEntityTypeConfiguration<PersonMatchKey>
{
    public void Configure(EntityTypeBuilder<PersonMatchKey> builder)
    {
        // On SQLite the migration creates this table WITHOUT ROWID: the primary key is then the table itself,
        // which halves the space of the registry's largest table.
        builder.ToTable("person_match_keys");
        // The key first: a search reads one key's slice straight from the primary key.
        builder.HasKey(k => new { k.Key, k.Number });
        builder.Property(k => k.Key).ValueGeneratedNever();
        builder.Property(k => k.Number).ValueGeneratedNever();
        builder.HasIndex(k => k.Number);
        builder.HasOne(k => k.Subject).WithMany().HasForeignKey(k => k.Number).OnDelete(DeleteBehavior.Cascade);
    }
}
