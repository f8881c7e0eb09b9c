using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Kinlink.Integration.Tests.Matching.PersonMatchTestKit;

namespace Kinlink.Integration.Tests.Matching;

/// <summary>
/// A server's resident index must find exactly what the stored keys find, and see every change committed before a
/// search, whichever server wrote it.
/// </summary>
public sealed class ResidentMatchIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A migrated database holding the generator's persons, as <c>kinlink seed --scale</c> writes them.</summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseKind kind, int persons, int seed)
    {
        var database = TestDatabase.Create(kind);
        await database.MigrateAsync();
        await using var seeding = database.NewContext();
        await new ScaleSeeder(seeding, new FakeTimeProvider(Now)).SeedAsync(persons, seed);
        return database;
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task It_ranks_the_same_persons_with_the_same_scores_as_the_stored_keys(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind, 1_500, seed: 13);

        using var resident = new ResidentMatchIndex(database.NewContext);
        await resident.LoadAsync(CancellationToken.None);
        Assert.Equal(1_500, resident.LoadStatistics?.Subjects);
        await using var db = database.NewContext();
        var stored = new StoredMatcher(db, new MatchStatisticsCache(TimeProvider.System));
        var queries = new CrossScriptGenerator(13).Generate(1_500, 80).Queries;
        var found = 0;
        foreach (var query in queries)
        {
            var form = PreparedRecord.From(query);
            var fromMemory = await resident.FindAsync(db, [form], null, CancellationToken.None);
            var fromRows = await stored.FindAsync([form], null, CancellationToken.None);

            Assert.NotNull(fromMemory);
            Assert.Equal(fromRows.RecordCount, fromMemory.RecordCount);
            Assert.Equal(fromRows.CandidatesScored, fromMemory.CandidatesScored);
            Assert.Equal(fromRows.Ranked.Select(m => m.PersonId), fromMemory.Ranked.Select(m => m.PersonId));
            Assert.Equal(fromRows.Ranked.Select(m => m.Score), fromMemory.Ranked.Select(m => m.Score));
            found += fromRows.Ranked.Count > 0 ? 1 : 0;
        }

        Assert.True(found > 40, $"only {found} of {queries.Count} enquiries found anyone: the comparison says little");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Forms_written_by_another_server_are_read_before_the_next_search(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind, 200, seed: 17);

        using var resident = new ResidentMatchIndex(database.NewContext);
        await resident.LoadAsync(CancellationToken.None);
        var loadedRevision = resident.SeenRevision;
        await using var db = database.NewContext();
        var subject = await db.PersonMatchSubjects.AsNoTracking().OrderBy(s => s.Number).FirstAsync();
        var other = await db.PersonMatchSubjects.AsNoTracking().OrderByDescending(s => s.Number).FirstAsync();
        var enquiry = MatchForms.Split("enquiry", other.Forms, firstOnly: true);
        var before = await resident.FindAsync(db, enquiry, null, CancellationToken.None);
        Assert.NotEqual(subject.PersonId, before!.Ranked[0].PersonId);

        // Another server corrects the first person's names to the last one's: written in SQL, as any writer would.
        await using (var elsewhere = database.NewContext())
        {
            var written = await elsewhere.PersonMatchSubjects.Where(s => s.Number == subject.Number).ExecuteUpdateAsync(u => u.SetProperty(s => s.Forms, other.Forms));
            Assert.Equal(1, written);
        }

        var after = await resident.FindAsync(db, enquiry, null, CancellationToken.None);

        Assert.True(resident.SeenRevision > loadedRevision, "the correction should have a revision above every loaded one");
        Assert.Equal(new[] { subject.PersonId.Value, other.PersonId.Value }.Order(), after!.Ranked.Take(2).Select(m => m.PersonId.Value).Order());
        Assert.Equal(after.Ranked[0].Score, after.Ranked[1].Score);
        Assert.Equal(other.Forms, MatchForms.Join(resident.Subject(subject.Number)!.Forms));
    }

    [SkippableFact]
    public async Task On_PostgreSQL_a_writer_that_commits_later_gets_the_later_revision_and_no_writer_waits_for_another()
    {
        await using var database = await SeededAsync(DatabaseKind.Postgres, 30, seed: 23);
        using var resident = new ResidentMatchIndex(database.NewContext);
        await resident.LoadAsync(CancellationToken.None);
        await using var reader = database.NewContext();
        var subjects = await reader.PersonMatchSubjects.AsNoTracking().OrderBy(s => s.Number).Take(3).ToListAsync();
        var (early, late, source) = (subjects[0], subjects[1], subjects[2]);

        // The early writer changes a subject first and commits last; the late one commits in between, unhindered.
        await using var earlyWriter = database.NewContext();
        await using var earlyTransaction = await earlyWriter.Database.BeginTransactionAsync();
        await earlyWriter.PersonMatchSubjects.Where(s => s.Number == early.Number).ExecuteUpdateAsync(u => u.SetProperty(s => s.Forms, source.Forms));
        await using (var lateWriter = database.NewContext())
        {
            await using var lateTransaction = await lateWriter.Database.BeginTransactionAsync();
            await lateWriter.PersonMatchSubjects.Where(s => s.Number == late.Number).ExecuteUpdateAsync(u => u.SetProperty(s => s.Forms, source.Forms));
            await lateTransaction.CommitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        await resident.RefreshAsync(reader, CancellationToken.None);
        Assert.Equal(source.Forms, MatchForms.Join(resident.Subject(late.Number)!.Forms));
        Assert.Equal(early.Forms, MatchForms.Join(resident.Subject(early.Number)!.Forms));

        await earlyTransaction.CommitAsync();
        await resident.RefreshAsync(reader, CancellationToken.None);

        // Had the early writer kept the revision it would have taken when it wrote, the index, past the late one's, would never read it.
        Assert.Equal(source.Forms, MatchForms.Join(resident.Subject(early.Number)!.Forms));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_insert_and_every_change_of_the_forms_takes_a_higher_revision_and_other_changes_do_not(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind, 50, seed: 19);

        await using var db = database.NewContext();
        var revisions = await db.PersonMatchSubjects.AsNoTracking().OrderBy(s => s.Number).Select(s => s.Revision).ToListAsync();
        Assert.Equal(50, revisions.Distinct().Count());
        Assert.Equal(revisions.Order(), revisions);
        Assert.True(revisions[0] > 0);

        var first = await db.PersonMatchSubjects.AsNoTracking().OrderBy(s => s.Number).FirstAsync();
        await db.PersonMatchSubjects.Where(s => s.Number == first.Number).ExecuteUpdateAsync(u => u.SetProperty(s => s.Forms, first.Forms + ""));
        var unchanged = await db.PersonMatchSubjects.AsNoTracking().SingleAsync(s => s.Number == first.Number);
        // SQLite's trigger fires on any update of the column; PostgreSQL's only when the value differs.
        if (kind == DatabaseKind.Postgres)
        {
            Assert.Equal(first.Revision, unchanged.Revision);
        }

        var last = revisions.Max();
        await db.PersonMatchSubjects.Where(s => s.Number == first.Number).ExecuteUpdateAsync(u => u.SetProperty(s => s.Forms, ""));
        var cleared = await db.PersonMatchSubjects.AsNoTracking().SingleAsync(s => s.Number == first.Number);
        Assert.True(cleared.Revision > Math.Max(last, unchanged.Revision), $"revision {cleared.Revision} after a change of forms should be above {last}");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_web_search_on_the_loaded_index_finds_a_person_registered_and_edited_since_it_loaded(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var resident = app.Factory.Services.GetRequiredService<ResidentMatchIndex>();
        await resident.LoadAsync(CancellationToken.None);
        Assert.True(resident.IsReady);
        var client = app.CreateClient();

        var (id, reference) = await RegisterAsync(client, Person("Коваленко", "Александр", "Николаевич", "1994-03-12", placeOfBirth: "Харьков"));
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/persons/search?q={Uri.EscapeDataString("Олександр Миколайович Коваленко")}&dob=1994", Json);
        Assert.Equal(id, found.GetProperty("items")[0].GetProperty("id").GetGuid());

        var current = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{reference}", Json);
        var edited = await client.PutAsJsonAsync($"/api/persons/{reference}", new
        {
            person = Person("Коваленко", "Александр", "Николаевич", "1985-06-30", placeOfBirth: "Харьков"),
            version = current.GetProperty("version").GetInt32(),
        });
        edited.EnsureSuccessStatusCode();
        var afterEdit = await client.GetFromJsonAsync<JsonElement>($"/api/persons/search?q={Uri.EscapeDataString("Коваленко Александр")}&dob=1985-06-30", Json);
        var top = afterEdit.GetProperty("items")[0];
        Assert.Equal(id, top.GetProperty("id").GetGuid());
        Assert.Equal("likely", top.GetProperty("bucket").GetString());

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var number = await db.PersonMatchSubjects.Where(s => s.PersonId == new PersonId(id)).Select(s => s.Number).SingleAsync();
        Assert.Equal(1985, resident.Subject(number)!.Forms[0].DateOfBirth?.Year);
    }
}
