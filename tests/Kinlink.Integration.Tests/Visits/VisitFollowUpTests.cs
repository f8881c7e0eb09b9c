using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Visits;

public class VisitFollowUpTests
{
    private const string Owner = "anna.keller@test.example";

    private static async Task<(AppFixture App, HttpClient Client, string Visit, string[] Persons)> StartAsync(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await VisitTestKit.CreateAccountAsync(app, Owner, "delegate");
        var client = app.CreateClient("delegate");
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{visit}/persons", new { person = persons[0], seen = true, messagesToSend = "To my wife: I am alive", familyToInform = "Wife, Poltava" }), HttpStatusCode.OK);
        return (app, client, visit, persons);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_follow_up_goes_from_open_to_done_with_a_note_and_a_stale_change_gets_409(DatabaseKind kind)
    {
        var (app, client, visit, persons) = await StartAsync(kind);
        await using var _ = app;
        var before = await AuditTestKit.LastSequenceAsync(app);

        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{visit}/follow-ups",
            new { kind = "medical-referral", description = "Dental care for a broken tooth", owner = Owner.ToUpperInvariant(), dueOn = "2026-12-05", person = persons[0] }), HttpStatusCode.Created);
        Assert.Equal("open", created.GetProperty("state").GetString());
        Assert.Equal(Owner, created.GetProperty("owner").GetString());
        Assert.Equal(persons[0], created.GetProperty("person").GetString());
        var id = created.GetProperty("id").GetGuid();

        var started = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visit-follow-ups/{id}/state", new { state = "in-progress", version = created.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("in-progress", started.GetProperty("state").GetString());
        var noNote = await client.PostAsJsonAsync($"/api/visit-follow-ups/{id}/state", new { state = "done", version = started.GetProperty("version").GetInt32() });
        Assert.Contains("note", VisitTestKit.Errors(await VisitTestKit.ReadAsync(noNote, HttpStatusCode.BadRequest)));
        var done = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visit-follow-ups/{id}/state", new { state = "done", note = "Seen by the camp dentist on 3 December", version = started.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("done", done.GetProperty("state").GetString());
        Assert.Equal("Seen by the camp dentist on 3 December", done.GetProperty("stateNote").GetString());
        var stale = await client.PostAsJsonAsync($"/api/visit-follow-ups/{id}/state", new { state = "open", note = "Not finished", version = started.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var wrongMove = await client.PostAsJsonAsync($"/api/visit-follow-ups/{id}/state", new { state = "in-progress", version = done.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongMove.StatusCode);

        var updated = await VisitTestKit.ReadAsync(await client.PutAsJsonAsync($"/api/visit-follow-ups/{id}",
            new { kind = "question-to-authority", description = "Ask why dental care is refused", owner = Owner, dueOn = "2026-12-10", version = done.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal("question-to-authority", updated.GetProperty("kind").GetString());
        Assert.Equal("2026-12-10", updated.GetProperty("dueOn").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 4);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.VisitFollowUpCreate));
        Assert.True(entries.Count(e => VisitTestKit.Has(e.Entry, AuditActions.VisitFollowUpUpdate)) >= 3);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_bad_follow_up_names_its_fields(DatabaseKind kind)
    {
        var (app, client, visit, persons) = await StartAsync(kind);
        await using var _ = app;
        var response = await client.PostAsJsonAsync($"/api/visits/{visit}/follow-ups", new { kind = "lunch", description = "", owner = "nobody@test.example", dueOn = "soon", person = persons[2] });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(response, HttpStatusCode.BadRequest));
        Assert.Contains("kind", fields);
        Assert.Contains("owner", fields);
        Assert.Contains("dueOn", fields);
        Assert.Contains("person", fields);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/visit-follow-ups/{Guid.NewGuid()}/state", new { state = "done", note = "x", version = 0 })).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Follow_ups_past_their_due_date_are_overdue_until_done_and_the_list_filters_them(DatabaseKind kind)
    {
        var (app, client, visit, _) = await StartAsync(kind);
        await using var _ = app;
        foreach (var (description, due) in new[] { ("Deliver the letter", "2026-11-28"), ("Ask about the transfer", "2026-12-20") })
        {
            await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{visit}/follow-ups", new { kind = "other", description, owner = Owner, dueOn = due }), HttpStatusCode.Created);
        }

        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/visit-follow-ups?overdue=true")).GetProperty("total").GetInt32());
        app.Factory.Clock.Advance(TimeSpan.FromDays(5));
        var overdue = await client.GetFromJsonAsync<JsonElement>("/api/visit-follow-ups?overdue=true");
        var item = overdue.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Deliver the letter", item.GetProperty("description").GetString());
        Assert.True(item.GetProperty("overdue").GetBoolean());

        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visit-follow-ups/{item.GetProperty("id").GetGuid()}/state",
            new { state = "done", note = "Delivered", version = item.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/visit-follow-ups?overdue=true")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/visit-follow-ups?state=done")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"/api/visit-follow-ups?owner={Owner}")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"/api/visits/{visit}/follow-ups")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/visit-follow-ups?owner=someone.else@test.example")).GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_persons_wishes_become_follow_ups_in_one_action_on_the_page_and_not_twice(DatabaseKind kind)
    {
        var (app, _, visit, persons) = await StartAsync(kind);
        await using var _ = app;
        await VisitTestKit.CreateAccountAsync(app, "delegate@test.example", "delegate");
        var browser = app.Browser("delegate");
        var (_, page) = await browser.GetPageAsync($"/Visits/Visits/{visit}");

        var (posted, _) = await browser.PostFormAsync($"/Visits/Visits/{visit}?handler=Wishes", page, [new("person", persons[0])]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await browser.PostFormAsync($"/Visits/Visits/{visit}?handler=Wishes", page, [new("person", persons[0])]);

        var list = await app.CreateClient("delegate").GetFromJsonAsync<JsonElement>($"/api/visits/{visit}/follow-ups");
        var kinds = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()!).Order().ToArray();
        Assert.Equal(["family-to-inform", "message-to-deliver"], kinds);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("description").GetString() == "To my wife: I am alive");
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("delegate@test.example", i.GetProperty("owner").GetString()));

        var (_, followUps) = await browser.GetPageAsync("/Visits/FollowUps");
        Assert.Contains("To my wife: I am alive", HtmlPage.VisibleText(followUps), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task The_visit_page_with_persons_and_follow_ups_is_translated(string culture)
    {
        var (app, client, visit, persons) = await StartAsync(DatabaseKind.Sqlite);
        await using var _ = app;
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{visit}/persons", new { person = persons[1], seen = false, notSeenReason = "in-hospital" }), HttpStatusCode.OK);
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/visits/{visit}/follow-ups", new { kind = "medical-referral", description = "Dental care", owner = Owner, dueOn = "2026-11-01" }), HttpStatusCode.Created);

        foreach (var url in new[] { $"/Visits/Visits/{visit}", $"/Visits/Visits/{visit}/Results", "/Visits/FollowUps", "/Visits/Visits" })
        {
            var (response, html) = await app.Browser("delegate").GetPageAsync(url.WithCulture(culture));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = HtmlPage.VisibleText(html);
            Assert.DoesNotMatch(@"(?<![\p{L}.])Visit(List|New|Details|Results|FollowUps|NotSeen|FollowUpKind|FollowUpState)\.[A-Za-z]", text);
        }

        var (_, page) = await app.Browser("delegate").GetPageAsync($"/Visits/Visits/{visit}".WithCulture(culture));
        var visible = HtmlPage.VisibleText(page);
        Assert.Contains(UiResources.Text(culture, "VisitNotSeen.in-hospital"), page, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "VisitFollowUpKind.medical-referral"), visible, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text(culture, "VisitFollowUps.Overdue"), visible, StringComparison.Ordinal);
    }
}
