using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinlink.Data.Persistence;

public abstract partial class KinlinkDbContext
{
    // The person fields a name form is read with (MatchKeyCalculator.RecordOf); a change to any other field keeps the keys.
    private static readonly string[] MatchedPersonFields =
        [nameof(Person.Surname), nameof(Person.GivenName), nameof(Person.Patronymic), nameof(Person.DateOfBirth), nameof(Person.Sex), nameof(Person.PlaceOfBirth), nameof(Person.MergedIntoId)];

    /// <summary>
    /// Writes the prepared name forms and the match keys of every person added, of every person whose matched fields
    /// changed and of every person who got a new name form, in the same save, so they never lag behind the names.
    /// </summary>
    private void WriteMatchKeys()
    {
        var persons = new Dictionary<PersonId, EntityEntry<Person>>();
        foreach (var entry in ChangeTracker.Entries<Person>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && MatchedFieldChanged(entry)))
            {
                persons[entry.Entity.Id] = entry;
            }
        }

        var addedForms = ChangeTracker.Entries<PersonNameForm>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        // A merge moves name forms to the survivor and a split moves them back: both persons' keys change.
        var movedFormOwners = ChangeTracker.Entries<PersonNameForm>()
            .Where(e => e.State == EntityState.Modified && !Equals(e.Property(f => f.PersonId).OriginalValue, e.Property(f => f.PersonId).CurrentValue))
            .SelectMany(e => new[] { e.Property(f => f.PersonId).OriginalValue, e.Property(f => f.PersonId).CurrentValue })
            .ToList();
        var untracked = addedForms.Select(f => f.PersonId).Concat(movedFormOwners).Where(id => !persons.ContainsKey(id)).Distinct().ToList();
        foreach (var id in untracked)
        {
            persons[id] = Entry(Persons.Local.FirstOrDefault(p => p.Id == id) ?? Persons.Single(p => p.Id == id));
        }

        if (persons.Count == 0)
        {
            return;
        }

        var stored = persons.Where(p => p.Value.State != EntityState.Added).Select(p => p.Key).ToList();
        var storedForms = new List<(NameFormId Id, PersonId PersonId, string Surname, string GivenName, string Patronymic)>();
        foreach (var chunk in stored.Chunk(500))
        {
            storedForms.AddRange(NameForms.AsNoTracking().Where(f => chunk.Contains(f.PersonId))
                .Select(f => new { f.Id, f.PersonId, f.Surname, f.GivenName, f.Patronymic }).AsEnumerable()
                .Select(f => (f.Id, f.PersonId, f.Surname, f.GivenName, f.Patronymic)));
            // Tracked, so that the forms can be replaced and the keys no longer made removed below.
            var numbers = PersonMatchSubjects.Where(s => chunk.Contains(s.PersonId)).AsEnumerable().Select(s => s.Number).ToList();
            _ = PersonMatchKeys.Where(k => numbers.Contains(k.Number)).ToList();
        }

        // The database still holds the forms where they were before this save; a moved form counts where it goes.
        var movedForms = ChangeTracker.Entries<PersonNameForm>()
            .Where(e => e.State == EntityState.Modified && !Equals(e.Property(f => f.PersonId).OriginalValue, e.Property(f => f.PersonId).CurrentValue))
            .Select(e => e.Entity).ToList();
        var movedIds = movedForms.Select(f => f.Id).ToHashSet();
        var formsByPerson = storedForms.Where(f => !movedIds.Contains(f.Id)).Select(f => (f.PersonId, Name: (f.Surname, f.GivenName, f.Patronymic)))
            .Concat(addedForms.Concat(movedForms).Select(f => (f.PersonId, Name: (f.Surname, f.GivenName, f.Patronymic))))
            .ToLookup(f => f.PersonId, f => f.Name);
        var subjects = ChangeTracker.Entries<PersonMatchSubject>().Where(e => e.State != EntityState.Deleted && persons.ContainsKey(e.Entity.PersonId))
            .ToDictionary(e => e.Entity.PersonId, e => e.Entity);
        var personOfNumber = subjects.Values.Where(s => s.Number > 0).ToDictionary(s => s.Number, s => s.PersonId);
        var existingKeys = ChangeTracker.Entries<PersonMatchKey>().Where(e => e.State != EntityState.Deleted)
            .ToLookup(e => e.Entity.Subject?.PersonId ?? (personOfNumber.TryGetValue(e.Entity.Number, out var owner) ? owner : null));

        foreach (var (id, entry) in persons)
        {
            var person = entry.Entity;
            var names = formsByPerson[id].Prepend((person.Surname, person.GivenName, person.Patronymic)).Distinct();
            var rows = MatchKeyCalculator.For(person, names);
            if (!subjects.TryGetValue(id, out var subject))
            {
                subject = new PersonMatchSubject { PersonId = id };
                PersonMatchSubjects.Add(subject);
            }

            subject.Forms = rows.Forms;
            var keys = rows.Keys;
            foreach (var old in existingKeys[id])
            {
                if (!keys.Remove(old.Entity.Key))
                {
                    old.State = old.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
                }
            }

            foreach (var key in keys)
            {
                // A new subject has no number until it is inserted; the navigation lets EF fill it in.
                PersonMatchKeys.Add(subject.Number > 0 ? new PersonMatchKey { Key = key, Number = subject.Number } : new PersonMatchKey { Key = key, Subject = subject });
            }
        }
    }

    private static bool MatchedFieldChanged(EntityEntry<Person> entry) =>
        MatchedPersonFields.Any(name =>
        {
            var property = entry.Property(name);
            return !Equals(property.OriginalValue, property.CurrentValue);
        });
}
