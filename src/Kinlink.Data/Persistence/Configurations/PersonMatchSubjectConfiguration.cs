using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonMatchSubjectConfiguration : IEntityTypeConfiguration<PersonMatchSubject>
{
    public void Configure(EntityTypeBuilder<PersonMatchSubject> builder)
    {
        builder.ToTable("person_match_subjects");
        builder.HasKey(s => s.Number);
        builder.Property(s => s.Number).ValueGeneratedOnAdd();
        builder.HasIndex(s => s.PersonId).IsUnique();
        builder.HasIndex(s => s.Revision);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
