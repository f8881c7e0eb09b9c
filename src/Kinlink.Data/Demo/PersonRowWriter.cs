using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Demo;

/// <summary>
/// Writes new persons with their name forms, search keys, prepared match forms and keys, events and transmissions as multi-row inserts, a batch of
/// persons at a time and parents before children, past the change tracker (see <see cref="MultiRowInsert"/> for why).
/// The demo seed and the scale seed both write through it, so every row a person has when saved normally is written
/// by both.
/// </summary>
internal sealed class PersonRowWriter
{
    private readonly MultiRowInsert _personRows;
    private readonly MultiRowInsert _formRows;
    private readonly MultiRowInsert _keyRows;
    private readonly MultiRowInsert _matchSubjectRows;
    private readonly MultiRowInsert _matchKeyRows;
    private readonly KinlinkDbContext _db;
    private int _lastSubjectNumber = -1;
    private readonly MultiRowInsert _eventRows;
    private readonly MultiRowInsert _transmissionRows;

    public PersonRowWriter(KinlinkDbContext db)
    {
        _personRows = new MultiRowInsert(db, typeof(Person), new Dictionary<string, Func<object, object?>>
        {
            [KinlinkDbContext.SortNameColumn] = person => KinlinkDbContext.SortNameOf((Person)person),
        });
        _formRows = new MultiRowInsert(db, typeof(PersonNameForm));
        _keyRows = new MultiRowInsert(db, typeof(NameSearchKey));
        _matchSubjectRows = new MultiRowInsert(db, typeof(PersonMatchSubject));
        _matchKeyRows = new MultiRowInsert(db, typeof(PersonMatchKey));
        _db = db;
        _eventRows = new MultiRowInsert(db, typeof(StatusEvent));
        _transmissionRows = new MultiRowInsert(db, typeof(Transmission));
    }

    /// <param name="transmissionsFor">The transmissions SaveChanges would add for each new person and its events (KinlinkDbContext.AddTransmissions).</param>
    public async Task WriteAsync(IReadOnlyCollection<Person> batch, Func<Person, IEnumerable<Transmission>> transmissionsFor, CancellationToken cancellationToken)
    {
        foreach (var person in batch)
        {
            await _personRows.AddAsync(person, cancellationToken);
        }

        await _personRows.FlushAsync(cancellationToken);
        foreach (var form in batch.SelectMany(p => p.NameForms))
        {
            await _formRows.AddAsync(form, cancellationToken);
        }

        await _formRows.FlushAsync(cancellationToken);
        // The keys SaveChanges adds for a new name form (KinlinkDbContext.BeforeSave). Key rows go in in the order
        // of their index, as everywhere below: each insert then lands next to the one before, on a page already in
        // the cache, rather than at a random place of a large index.
        var searchKeys = batch.SelectMany(p => p.NameForms)
            .SelectMany(form => KinlinkDbContext.SearchKeysFor(form).Select(key => new NameSearchKey { PersonId = form.PersonId, NameFormId = form.Id, Key = key }))
            .OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        foreach (var key in searchKeys)
        {
            await _keyRows.AddAsync(key, cancellationToken);
        }

        // The prepared forms and match keys SaveChanges adds for a new person (KinlinkDbContext.WriteMatchKeys).
        // The subjects are numbered here, since their rows go in past EF: the writer is the only one writing.
        if (_lastSubjectNumber < 0)
        {
            _lastSubjectNumber = await MaxSubjectNumberAsync(cancellationToken);
        }

        var matchRows = batch.AsParallel().AsOrdered().Select(MatchKeyCalculator.For).ToList();
        var numbered = batch.Zip(matchRows, (person, rows) => (Person: person, Rows: rows, Number: ++_lastSubjectNumber)).ToList();
        foreach (var (person, rows, number) in numbered)
        {
            await _matchSubjectRows.AddAsync(new PersonMatchSubject { Number = number, PersonId = person.Id, Forms = rows.Forms }, cancellationToken);
        }

        // Subjects before their keys: a full statement of key rows goes out as soon as it fills.
        await _matchSubjectRows.FlushAsync(cancellationToken);
        var matchKeys = numbered.SelectMany(n => n.Rows.Keys.Select(key => new PersonMatchKey { Key = key, Number = n.Number }))
            .OrderBy(k => k.Key).ThenBy(k => k.Number).ToList();
        foreach (var key in matchKeys)
        {
            await _matchKeyRows.AddAsync(key, cancellationToken);
        }

        foreach (var statusEvent in batch.SelectMany(p => p.Events))
        {
            await _eventRows.AddAsync(statusEvent, cancellationToken);
        }

        await _keyRows.FlushAsync(cancellationToken);
        await _matchKeyRows.FlushAsync(cancellationToken);
        await _eventRows.FlushAsync(cancellationToken);
        foreach (var transmission in batch.SelectMany(transmissionsFor))
        {
            await _transmissionRows.AddAsync(transmission, cancellationToken);
        }

        await _transmissionRows.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// After the last batch: PostgreSQL numbers subjects from a sequence that the explicit numbers above did not
    /// advance, so it is moved past them before anyone saves a person normally. SQLite takes the next number from
    /// the table itself.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_lastSubjectNumber <= 0 || !_db.Database.IsNpgsql())
        {
            return;
        }

        await _db.Database.ExecuteSqlRawAsync(
            "SELECT setval(pg_get_serial_sequence('person_match_subjects', 'Number'), (SELECT MAX(\"Number\") FROM person_match_subjects))", cancellationToken);
    }

    private async Task<int> MaxSubjectNumberAsync(CancellationToken cancellationToken) =>
        await EntityFrameworkQueryableExtensions.MaxAsync(_db.PersonMatchSubjects, s => (int?)s.Number, cancellationToken) ?? 0;
}
