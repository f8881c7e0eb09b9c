using Kinlink.Data.Persistence;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>The tables a scale seed writes, each read from the model once.</summary>
internal sealed class ScaleTables(KinlinkDbContext db)
{
    /// <summary>
    /// True where the seed numbers the match subjects' revisions itself (SQLite, whose revision trigger is dropped
    /// for the load, see <see cref="SqliteBulkLoad"/>); PostgreSQL's trigger numbers them as rows arrive.
    /// </summary>
    public bool WritesRevisions { get; } = db.Database.IsSqlite();

    /// <summary>The tables a person's rows go to, for <see cref="SqliteBulkLoad"/>.</summary>
    public IEnumerable<string> PersonTables => new[] { Persons, NameForms, SearchKeys, MatchSubjects, MatchKeys, Events, Transmissions }.Select(t => t.Name);

    public SeedTable Parties { get; } = new(db, typeof(Party));

    public SeedTable Places { get; } = new(db, typeof(PlaceOfDetention));

    public SeedTable Persons { get; } = new(db, typeof(Person), new Dictionary<string, Func<object, object?>>
    {
        [KinlinkDbContext.SortNameColumn] = person => KinlinkDbContext.SortNameOf((Person)person),
    });

    public SeedTable NameForms { get; } = new(db, typeof(PersonNameForm));

    public SeedTable SearchKeys { get; } = new(db, typeof(NameSearchKey));

    public SeedTable MatchSubjects { get; } = new(db, typeof(PersonMatchSubject));

    public SeedTable MatchKeys { get; } = new(db, typeof(PersonMatchKey));

    public SeedTable Events { get; } = new(db, typeof(StatusEvent));

    public SeedTable Transmissions { get; } = new(db, typeof(Transmission));
}
