using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("persons");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.CurrentStatus).HasConversion<string>().HasMaxLength(20);
        foreach (var name in new[] { nameof(Person.Surname), nameof(Person.GivenName), nameof(Person.Patronymic), nameof(Person.FatherName), nameof(Person.MotherMaidenName), nameof(Person.Rank) })
        {
            builder.Property(name).HasMaxLength(100);
        }

        foreach (var text in new[] { nameof(Person.PlaceOfBirth), nameof(Person.InformName), nameof(Person.Languages) })
        {
            builder.Property(text).HasMaxLength(200);
        }

        foreach (var address in new[] { nameof(Person.InformAddress), nameof(Person.CorrespondenceAddress) })
        {
            builder.Property(address).HasMaxLength(500);
        }

        builder.Property(p => p.ServiceNumber).HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.State);

        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => new { p.DependsOnPartyId, p.ServiceNumber }).IsUnique();
        builder.HasIndex(p => new { p.CurrentStatus, p.CurrentPlaceId });
        builder.HasIndex(p => p.CurrentPlaceId);
        builder.HasIndex(p => new { p.SeriouslyIllOrWounded, p.CurrentStatus });
        builder.Property<string>(KinlinkDbContext.SortNameColumn).HasMaxLength(310).IsRequired();
        builder.HasIndex(KinlinkDbContext.SortNameColumn);
        // The persons list in its order, without sorting the registry: the whole list, by status and by party; each
        // also covers its own count (merged records are left out by the second column). The service number alone
        // serves the list's name box, which also finds a service number.
        builder.HasIndex(nameof(Person.MergedIntoId), KinlinkDbContext.SortNameColumn, nameof(Person.Id));
        builder.HasIndex(nameof(Person.CurrentStatus), nameof(Person.MergedIntoId), KinlinkDbContext.SortNameColumn, nameof(Person.Id));
        builder.HasIndex(nameof(Person.DependsOnPartyId), nameof(Person.MergedIntoId), KinlinkDbContext.SortNameColumn, nameof(Person.Id));
        builder.HasIndex(p => p.ServiceNumber);

        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.DependsOnPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(p => p.CurrentPlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.RegisteredByPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.IsMerged);
        builder.HasIndex(p => p.MergedIntoId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.NameForms).WithOne().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.NameForms).HasField("_nameForms").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
