using System.Collections.Concurrent;
using Kinlink.Data.Configuration;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Matching.Engine;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Bench;

/// <summary>
/// One search of a scale-seeded database through Kinlink's database search service: the persons found, best first.
/// The bench knows nothing of how the service is called; <see cref="DatabaseSearchBinding"/> supplies it.
/// </summary>
public delegate Task<IReadOnlyList<PersonId>> PersonSearch(KinlinkDbContext db, MatchRecord enquiry, int top, CancellationToken cancellationToken);

/// <summary>
/// Kinlink searching a SQLite file or a PostgreSQL database made by <c>kinlink seed --scale N</c>. The scale seed stores each generator
/// record's id as the person's service number, which is how a person found is checked against the truth.
/// </summary>
public sealed class DatabaseEngine : ISearchEngine, IAsyncDisposable
{
    private readonly DatabaseSettings _settings;
    private readonly PersonSearch _search;
    private readonly Dictionary<PersonId, string> _recordIdOf;

    // A context serves one search at a time; the batch runs several at once, each with a context of its own.
    private readonly ConcurrentBag<KinlinkDbContext> _idle = [];
    private readonly ConcurrentBag<KinlinkDbContext> _all = [];

    private DatabaseEngine(string name, DatabaseSettings settings, KinlinkDbContext first, PersonSearch search, Dictionary<PersonId, string> recordIdOf)
    {
        Name = name;
        _settings = settings;
        _search = search;
        _recordIdOf = recordIdOf;
        _idle.Add(first);
        _all.Add(first);
    }

    public string Name { get; }

    public int Persons => _recordIdOf.Count;

    /// <summary>The connection settings of a scale-seeded file, read-only.</summary>
    public static DatabaseSettings SettingsFor(string sqliteFile)
    {
        if (!File.Exists(sqliteFile))
        {
            throw new FileNotFoundException($"--sqlite: no database at {sqliteFile}; make one with kinlink seed --scale N.", sqliteFile);
        }

        var full = Path.GetFullPath(sqliteFile);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={full};Mode=ReadOnly", Path.GetDirectoryName(full)!);
    }

    /// <summary>The connection settings of a scale-seeded PostgreSQL database.</summary>
    public static DatabaseSettings SettingsForPostgres(string connectionString) =>
        new(DatabaseProvider.Postgres, connectionString, Path.GetTempPath());

    public static async Task<DatabaseEngine> OpenAsync(string name, DatabaseSettings settings, PersonSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(settings);
        var db = DataServiceCollectionExtensions.CreateContext(settings);
        var recordIdOf = new Dictionary<PersonId, string>();
        await foreach (var person in db.Persons.AsNoTracking().Where(p => p.ServiceNumber != null).Select(p => new { p.Id, p.ServiceNumber }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            recordIdOf[person.Id] = person.ServiceNumber!.ToLowerInvariant();
        }

        return new DatabaseEngine(name, settings, db, search, recordIdOf);
    }

    public async ValueTask<IReadOnlyList<string>> SearchAsync(MatchRecord enquiry, int top, CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var db))
        {
            db = DataServiceCollectionExtensions.CreateContext(_settings);
            _all.Add(db);
        }

        try
        {
            var found = await _search(db, enquiry, top, cancellationToken);
            return found.Select(id => _recordIdOf.GetValueOrDefault(id) ?? id.Value.ToString()).ToList();
        }
        finally
        {
            // Nothing a search reads should stay tracked from one enquiry to the next.
            db.ChangeTracker.Clear();
            _idle.Add(db);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _all)
        {
            await db.DisposeAsync();
        }
    }
}
