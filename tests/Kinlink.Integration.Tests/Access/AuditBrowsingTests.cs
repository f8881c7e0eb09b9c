using System.Net;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>The audit trail page: "who looked at this person?", for administrators and the data protection officer.</summary>
public sealed class AuditBrowsingTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_trail_filtered_by_person_shows_who_looked_and_the_decrypted_before_and_after_of_an_edit(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        await EditSmithsRankAsync(app, data.Smith);
        var smith = await WebTestData.PersonAsync(app, data.Smith);
        var before = await AuditTestKit.LastSequenceAsync(app);
        using (var caseworker = app.Browser("caseworker"))
        {
            await caseworker.GetPageAsync($"/Registry/Persons/{data.Smith}");
            await caseworker.GetPageAsync($"/Registry/Persons/{data.Ivanov}");
        }

        await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        var beforeTrailRead = await AuditTestKit.LastSequenceAsync(app);
        using var dpo = app.Browser("dpo");
        var (response, html) = await dpo.GetPageAsync($"/Admin/Audit?person={data.Smith}");
        var text = HtmlPage.VisibleText(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("caseworker@test.example", text, StringComparison.Ordinal);
        Assert.Contains($"GET /Registry/Persons/{data.Smith}", text, StringComparison.Ordinal);
        Assert.Contains("editor@test.example", text, StringComparison.Ordinal);
        Assert.Contains("rank: driver → civilian driver", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"GET /Registry/Persons/{data.Ivanov}", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Registry/Persons/{data.Smith}\"", html, StringComparison.Ordinal);

        // Reading the trail is itself in the trail, with the person it showed.
        var read = Assert.Single(await AuditTestKit.EntriesAfterAsync(app, beforeTrailRead));
        Assert.Equal(AuditActions.AuditRead, read.Entry.Action);
        Assert.Equal(("dpo@test.example", $"GET /Admin/Audit?person"), (read.Entry.UserName, read.Entry.Request));
        Assert.Contains(smith.Person!.Id, read.Persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task After_a_persons_key_is_erased_the_trail_shows_erased_and_still_verifies(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        await EditSmithsRankAsync(app, data.Smith);
        var smith = await WebTestData.PersonAsync(app, data.Smith);
        // Written before the key goes: an entry still queued would make the person a new key.
        await AuditTestKit.LastSequenceAsync(app);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<FieldEncryption>().EraseKeyAsync(smith.Person!.Id));
        }

        using var admin = app.Browser("admin");
        var (_, html) = await admin.GetPageAsync($"/Admin/Audit?person={smith.Person.Id.Value}&action=person.update&culture=uk");
        var text = HtmlPage.VisibleText(html);

        var erased = UiResources.Text("uk", "Audit.Erased");
        Assert.Contains($"rank: {erased} → {erased}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("civilian driver", text, StringComparison.Ordinal);
        await app.Factory.Services.GetRequiredService<AuditTrail>().FlushAsync();
        await using var db = app.Database.NewContext();
        var verification = await new AuditReader(db, app.Factory.Services.GetRequiredService<KeyStore>()).VerifyAsync();
        Assert.True(verification.Intact, verification.Reason);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Only_administrators_and_the_data_protection_officer_read_the_trail_or_see_the_link_to_it(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var statuses = new Dictionary<string, (HttpStatusCode Trail, bool Link)>();
        foreach (var role in new[] { "admin", "dpo", "caseworker", "analyst", "bureau-officer" })
        {
            using var client = app.Browser(role, role == "bureau-officer" ? "UA" : null);
            var (trail, _) = await client.GetPageAsync("/Admin/Audit");
            var (_, person) = await client.GetPageAsync($"/Registry/Persons/{data.Smith}");
            statuses[role] = (trail.StatusCode, person.Contains($"href=\"/Admin/Audit?person={data.Smith}\"", StringComparison.Ordinal));
        }

        Assert.Equal((HttpStatusCode.OK, true), statuses["admin"]);
        Assert.Equal((HttpStatusCode.OK, true), statuses["dpo"]);
        Assert.Equal((HttpStatusCode.Forbidden, false), statuses["caseworker"]);
        Assert.Equal((HttpStatusCode.Forbidden, false), statuses["analyst"]);
        Assert.Equal((HttpStatusCode.Forbidden, false), statuses["bureau-officer"]);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Filters_narrow_the_trail_and_bad_ones_are_named(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var before = await AuditTestKit.LastSequenceAsync(app);
        using (var officer = app.Browser("bureau-officer", "UA"))
        {
            await officer.GetPageAsync($"/Registry/Persons/{data.Kovalenko}");
        }

        await AuditTestKit.EntriesAfterAsync(app, before);
        using var dpo = app.Browser("dpo");

        var (_, byOrganisation) = await dpo.GetPageAsync("/Admin/Audit?organisation=UA&from=2026-11-27&to=2026-11-27");
        var (_, byUser) = await dpo.GetPageAsync("/Admin/Audit?user=bureau-officer.ua%40test.example&action=person.read");
        var (_, otherDay) = await dpo.GetPageAsync("/Admin/Audit?from=2026-11-28");
        var (_, bad) = await dpo.GetPageAsync("/Admin/Audit?from=yesterday&person=KL-0000-0000&action=person.delete");

        Assert.Contains(UiResources.Text("en", "Audit.Found").Replace("{0}", "1", StringComparison.Ordinal), HtmlPage.VisibleText(byOrganisation), StringComparison.Ordinal);
        Assert.Contains($"GET /Registry/Persons/{data.Kovalenko}", HtmlPage.VisibleText(byUser), StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("en", "Audit.NoneFound"), HtmlPage.VisibleText(otherDay), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", HtmlPage.Text(HtmlPage.ElementById(bad, "from-error")!), StringComparison.Ordinal);
        Assert.Contains("KL-0000-0000", HtmlPage.Text(HtmlPage.ElementById(bad, "person-error")!), StringComparison.Ordinal);
        Assert.Contains("person.delete", HtmlPage.Text(HtmlPage.ElementById(bad, "action-error")!), StringComparison.Ordinal);
    }

    /// <summary>Two edits of Smith's rank by editor@test.example, the second from "driver" to "civilian driver".</summary>
    private static async Task EditSmithsRankAsync(AppFixture app, string smith)
    {
        var editor = new Actor("editor@test.example", null);
        foreach (var rank in new[] { "driver", "civilian driver" })
        {
            var current = await WebTestData.PersonAsync(app, smith);
            await using var scope = app.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PersonService>().UpdateAsync(smith,
                new PersonInput { Category = "internee", Surname = "Smith", GivenName = "John", Sex = "M", DependsOn = "UA", Rank = rank }, current.Person!.Version, editor);
        }
    }
}
