using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class NameSearchKeyConfiguration : IEntityTypeConfiguration<NameSearchKey>
{
    public void Configure(EntityTypeBuilder<NameSearchKey> builder)
    {
        builder.ToTable("name_search_keys");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Key).HasMaxLength(200);
        builder.HasIndex(k => new { k.Key, k.PersonId });
        builder.HasIndex(k => k.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PersonNameForm>().WithMany().HasForeignKey(k => k.NameFormId).OnDelete(DeleteBehavior.Cascade);
    }
}
