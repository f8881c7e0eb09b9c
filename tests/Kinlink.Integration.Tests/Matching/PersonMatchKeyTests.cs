using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Configuration;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kinlink.Integration.Tests.Matching.PersonMatchTestKit;

namespace Kinlink.Integration.Tests.Matching;

public class PersonMatchKeyTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Keys_are_written_on_registration_and_follow_a_merged_list_row_an_edit_and_a_deletion(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();

        var (id, reference) = await RegisterAsync(client, Person("Коваленко", "Александр", "Николаевич", "1994-03-12", placeOfBirth: "Харьков"));
        var created = await StoredKeysAsync(app, id);
        Assert.Contains(MatchKeyCalculator.Hash("sy:kovalenko:1994"), created);
        Assert.Contains(MatchKeyCalculator.Hash("gd:ALEKSANDR:1994-03-12"), created);
        Assert.Equal(await ExpectedKeysAsync(app, id), created);
        Assert.Equal(await ExpectedFormsAsync(app, id), await StoredFormsAsync(app, id));

        // A list row naming the person adds its spelling as a name form, and that form's keys.
        var csv = $"intermediary_ref,surname,given_name,patronymic,date_of_birth\n{reference},Kowalenko,Oleksandr,,1994-03-12\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        var import = await client.PostAsync("/api/imports", new MultipartFormDataContent { { file, "file", "list.csv" }, { new StringContent("RU"), "party" }, { new StringContent("list of 2026-11-20"), "source" } });
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var merged = await StoredKeysAsync(app, id);
        var latinForm = MatchKeyCalculator.For([new MatchRecord("x", "Kowalenko", "Oleksandr", null, new BirthDate(1994, 3, 12), 'M', "Харьков")]);
        Assert.True(latinForm.IsSubsetOf(merged));
        Assert.False(latinForm.IsSubsetOf(created));
        Assert.True(created.IsSubsetOf(merged));
        Assert.Equal(await ExpectedKeysAsync(app, id), merged);
        Assert.Equal(await ExpectedFormsAsync(app, id), await StoredFormsAsync(app, id));

        // An edit of the date of birth re-keys every form: the old year's keys go.
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/persons/{reference}", Json);
        var edited = await client.PutAsJsonAsync($"/api/persons/{reference}", new
        {
            person = Person("Коваленко", "Александр", "Николаевич", "1995-03-12", placeOfBirth: "Харьков"),
            version = current.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var afterEdit = await StoredKeysAsync(app, id);
        Assert.True(MatchKeyCalculator.For([new MatchRecord("x", "Kowalenko", "Oleksandr", null, new BirthDate(1995, 3, 12), 'M', "Харьков")]).IsSubsetOf(afterEdit));
        Assert.DoesNotContain(MatchKeyCalculator.Hash("sy:kovalenko:1994"), afterEdit);
        Assert.Equal(await ExpectedKeysAsync(app, id), afterEdit);
        Assert.Equal(await ExpectedFormsAsync(app, id), await StoredFormsAsync(app, id));

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var personId = new PersonId(id);
            db.Persons.Remove(await db.Persons.SingleAsync(p => p.Id == personId));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await StoredKeysAsync(app, id));
        Assert.Null(await StoredFormsAsync(app, id));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Start_up_writes_the_keys_of_a_database_that_has_none_and_records_the_scheme(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient();
        var (first, _) = await RegisterAsync(client, Person("Коваленко", "Александр", "Николаевич", "1994-03-12"));
        var (second, _) = await RegisterAsync(client, Person("Шевченко", "Олена", "Петрівна", "1990", sex: "F"));

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            // As a database from before the keys were stored: no keys and no scheme.
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            await db.PersonMatchKeys.ExecuteDeleteAsync();
            await db.PersonMatchSubjects.ExecuteDeleteAsync();
            await db.Settings.ExecuteDeleteAsync();
        }

        Assert.Empty(await StoredKeysAsync(app, first));
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        Assert.Equal(await ExpectedKeysAsync(app, first), await StoredKeysAsync(app, first));
        Assert.Equal(await ExpectedKeysAsync(app, second), await StoredKeysAsync(app, second));
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            Assert.Equal(MatchKeyCalculator.Scheme, await db.Settings.Where(s => s.Name == MatchKeyCalculator.SchemeSetting).Select(s => s.Value).SingleAsync());

            // A scheme recorded as older makes the next start-up write the keys again.
            await db.Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, "older"));
            await db.PersonMatchSubjects.Where(s => s.PersonId == new PersonId(second)).ExecuteDeleteAsync();
            Assert.Equal(2, await new MatchKeyBackfill(db).RunAsync());
            Assert.Equal(0, await new MatchKeyBackfill(db).RunAsync());
        }

        Assert.Equal(await ExpectedKeysAsync(app, second), await StoredKeysAsync(app, second));
        Assert.Equal(await ExpectedFormsAsync(app, second), await StoredFormsAsync(app, second));
    }
}
