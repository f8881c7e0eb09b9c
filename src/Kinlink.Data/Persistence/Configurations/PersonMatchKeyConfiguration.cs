using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonMatchKeyConfiguration : IEntityTypeConfiguration<PersonMatchKey>
{
    public void Configure(EntityTypeBuilder<PersonMatchKey> builder)
    {
        builder.ToTable("person_match_keys");
        // The key first: a search reads one key's slice straight from the primary key's index.
        builder.HasKey(k => new { k.Key, k.PersonId });
        builder.Property(k => k.Key).ValueGeneratedNever();
        builder.HasIndex(k => k.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
