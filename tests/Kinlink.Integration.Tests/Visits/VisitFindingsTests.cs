using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Visits;

public class VisitFindingsTests
{
    private const string Findings = "Overcrowded barrack 3; two men beaten on arrival.";
    private const string Recommendations = "Ask the commander for a medical check of barrack 3.";
    private const string Note = "Says he was beaten during interrogation on 12 November.";

    private static async Task<(AppFixture App, HttpClient Delegate, string Visit, string[] Persons)> StartWithFindingsAsync(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{visit}/persons", new { person = persons[0], seen = true, privateInterview = true }), HttpStatusCode.OK);
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/visits/{visit}")).GetProperty("version").GetInt32();
        var saved = await client.PutAsJsonAsync($"/api/visits/{visit}/findings", new { findings = Findings, recommendations = Recommendations, notes = new[] { new { person = persons[0], note = Note } }, version });
        await VisitTestKit.ReadAsync(saved, HttpStatusCode.OK);
        return (app, client, visit, persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Findings_and_notes_are_stored_sealed_and_read_back_by_a_delegate_and_a_caseworker(DatabaseKind kind)
    {
        var before = 0L;
        var (app, client, visit, persons) = await StartWithFindingsAsync(kind);
        await using var _ = app;
        before = await AuditTestKit.LastSequenceAsync(app);

        await using (var db = app.Database.NewContext())
        {
            var raw = await db.Database.SqlQueryRaw<string>("SELECT \"SealedFindings\" AS \"Value\" FROM visits").SingleAsync();
            Assert.DoesNotContain("barrack", raw, StringComparison.Ordinal);
            Assert.True(FieldEncryption.LooksSealed(raw));
            var stored = await db.Visits.AsNoTracking().Include(v => v.Persons).SingleAsync();
            Assert.True(FieldEncryption.LooksSealed(stored.SealedRecommendations));
            Assert.True(FieldEncryption.LooksSealed(stored.Persons.Single().SealedNote));
            Assert.DoesNotContain("interrogation", stored.Persons.Single().SealedNote!, StringComparison.Ordinal);
        }

        foreach (var role in new[] { "delegate", "caseworker" })
        {
            var read = await app.CreateClient(role).GetFromJsonAsync<JsonElement>($"/api/visits/{visit}/findings");
            Assert.Equal(Findings, read.GetProperty("findings").GetString());
            Assert.Equal(Recommendations, read.GetProperty("recommendations").GetString());
            var note = read.GetProperty("notes").EnumerateArray().Single();
            Assert.Equal(persons[0], note.GetProperty("reference").GetString());
            Assert.Equal(Note, note.GetProperty("note").GetString());
            Assert.False(note.GetProperty("erased").GetBoolean());
        }

        // The visit itself says only that there are findings.
        var visitJson = await client.GetStringAsync($"/api/visits/{visit}");
        Assert.DoesNotContain("barrack", visitJson, StringComparison.Ordinal);
        Assert.DoesNotContain("interrogation", visitJson, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(visitJson).RootElement.GetProperty("hasFindings").GetBoolean());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        Assert.Equal(2, entries.Count(e => VisitTestKit.Has(e.Entry, AuditActions.VisitFindingsRead)));
        Assert.All(entries, e => Assert.DoesNotContain("barrack", e.Entry.Summary + e.Entry.Changes, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Analysts_administrators_and_parties_may_neither_read_nor_write_findings(DatabaseKind kind)
    {
        var (app, _, visit, _) = await StartWithFindingsAsync(kind);
        await using var __ = app;

        foreach (var (role, party) in new (string, string?)[] { ("analyst", null), ("admin", null), ("liaison-officer", "RU"), ("bureau-officer", "UA"), ("dpo", null) })
        {
            var client = app.CreateClient(role, party);
            var read = await client.GetAsync($"/api/visits/{visit}/findings");
            Assert.True(read.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)read.StatusCode}");
            Assert.DoesNotContain("barrack", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var write = await client.PutAsJsonAsync($"/api/visits/{visit}/findings", new { findings = "overwritten", version = 1 });
            Assert.True(write.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)write.StatusCode}");
        }

        var delegateRead = await app.CreateClient("delegate").GetFromJsonAsync<JsonElement>($"/api/visits/{visit}/findings");
        Assert.Equal(Findings, delegateRead.GetProperty("findings").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_service_refuses_to_open_findings_without_need_to_know_and_the_context_refuses_plain_text(DatabaseKind kind)
    {
        var (app, _, visit, _) = await StartWithFindingsAsync(kind);
        await using var __ = app;
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<Data.Visits.VisitService>();
        var actor = new Actor("admin@test.example", null);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.ReadFindingsAsync(visit, userMayReadFindings: false, actor));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.SaveFindingsAsync(visit, new Data.Visits.VisitFindingsInput { Findings = "x", Version = 1 }, userMayWriteFindings: false, actor));

        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var stored = await db.Visits.SingleAsync();
        stored.SetSealedFindings("written in clear by mistake", null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_stale_version_of_the_findings_gets_409(DatabaseKind kind)
    {
        var (app, client, visit, _) = await StartWithFindingsAsync(kind);
        await using var _ = app;
        var stale = await client.PutAsJsonAsync($"/api/visits/{visit}/findings", new { findings = "Another view", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(Findings, (await client.GetFromJsonAsync<JsonElement>($"/api/visits/{visit}/findings")).GetProperty("findings").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task When_the_persons_key_is_erased_the_note_reads_as_erased_on_the_api_and_the_page(DatabaseKind kind)
    {
        var (app, client, visit, persons) = await StartWithFindingsAsync(kind);
        await using var _ = app;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var id = await db.VisitPersons.Select(p => p.PersonId).SingleAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<FieldEncryption>().EraseKeyAsync(id));
        }

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/visits/{visit}/findings");
        var note = read.GetProperty("notes").EnumerateArray().Single();
        Assert.True(note.GetProperty("erased").GetBoolean());
        Assert.Equal("", note.GetProperty("note").GetString());
        Assert.Equal(Findings, read.GetProperty("findings").GetString());

        var (response, html) = await app.Browser("delegate").GetPageAsync($"/Visits/Visits/{visit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(html, "note-erased-" + persons[0]));
        Assert.Contains(Findings, HtmlPage.VisibleText(html), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_visit_page_shows_findings_only_with_need_to_know(DatabaseKind kind)
    {
        var (app, _, visit, _) = await StartWithFindingsAsync(kind);
        await using var _ = app;

        var (asDelegate, delegateHtml) = await app.Browser("delegate").GetPageAsync($"/Visits/Visits/{visit}");
        Assert.Equal(HttpStatusCode.OK, asDelegate.StatusCode);
        Assert.Contains(Findings, HtmlPage.VisibleText(delegateHtml), StringComparison.Ordinal);
        Assert.Contains(Note, HtmlPage.VisibleText(delegateHtml), StringComparison.Ordinal);
        Assert.Null(HtmlPage.ElementById(delegateHtml, "findings-confidential"));

        var admin = app.Browser("admin");
        var (asAdmin, adminHtml) = await admin.GetPageAsync($"/Visits/Visits/{visit}");
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.DoesNotContain("barrack", adminHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("interrogation", adminHtml, StringComparison.Ordinal);
        Assert.NotNull(HtmlPage.ElementById(adminHtml, "findings-confidential"));

        // The form is not there for the administrator, and posting it anyway is refused.
        var post = await admin.PostFormAsync($"/Visits/Visits/{visit}?handler=Findings", adminHtml, [new("findings", "overwritten"), new("version", "1")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.Response.StatusCode);
    }
}
