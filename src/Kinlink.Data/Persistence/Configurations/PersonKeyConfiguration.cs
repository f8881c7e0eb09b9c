using Kinlink.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonKeyConfiguration : IEntityTypeConfiguration<PersonKey>
{
    public void Configure(EntityTypeBuilder<PersonKey> builder)
    {
        builder.ToTable("person_keys");
        builder.HasKey(k => k.PersonId);
        builder.Property(k => k.PersonId).ValueGeneratedNever();
        builder.Property(k => k.WrappedKey).HasMaxLength(200);
        // No foreign key to persons: a key may be made before the person's row is saved, and must be erasable alone.
    }
}
