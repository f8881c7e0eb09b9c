using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonNameFormConfiguration : IEntityTypeConfiguration<PersonNameForm>
{
    public void Configure(EntityTypeBuilder<PersonNameForm> builder)
    {
        builder.ToTable("person_name_forms");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Surname).HasMaxLength(100);
        builder.Property(f => f.GivenName).HasMaxLength(100);
        builder.Property(f => f.Patronymic).HasMaxLength(100);
        builder.Property(f => f.Script).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.SourceLabel).HasMaxLength(300);
        builder.Ignore(f => f.FullName);
        builder.HasIndex(f => f.PersonId);
        builder.HasOne<SourceList>().WithMany().HasForeignKey(f => f.SourceListId).OnDelete(DeleteBehavior.Restrict);
    }
}
