using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Domain.Mail;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Mail;

public class MessageApiTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x42, 0x42, 0x42, 0x42];

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_message_to_a_detainee_is_sealed_routed_to_where_they_are_held_and_read_back_only_with_the_text_permission(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var caseworker = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);

        var created = await MessageTestKit.CreateAsync(caseworker, MessageTestKit.ToDetainee(persons[0]));
        var reference = created.GetProperty("reference").GetString()!;
        Assert.StartsWith("MSG-", reference, StringComparison.Ordinal);
        Assert.Equal("received", created.GetProperty("status").GetString());
        Assert.Equal(TestRegistry.CampRu, created.GetProperty("place").GetString());
        Assert.Equal("RU", created.GetProperty("detainingParty").GetString());
        Assert.Equal("caseworker", created.GetProperty("intake").GetString());
        Assert.Equal(persons[0], created.GetProperty("person").GetString());

        var raw = await MessageTestKit.RawSealedTextAsync(app, reference);
        Assert.True(FieldEncryption.LooksSealed(raw));
        Assert.DoesNotContain("чекаємо", raw, StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            var stored = await db.Messages.AsNoTracking().SingleAsync();
            Assert.True(FieldEncryption.LooksSealed(stored.SealedCorrespondentName));
            Assert.DoesNotContain("Марія", stored.SealedCorrespondentName, StringComparison.Ordinal);
        }

        var recordJson = await caseworker.GetStringAsync($"/api/messages/{reference}");
        Assert.DoesNotContain("чекаємо", recordJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Марія", recordJson, StringComparison.Ordinal);

        foreach (var role in new[] { "caseworker", "delegate" })
        {
            var text = await MessageTestKit.ReadAsync(await app.CreateClient(role).GetAsync($"/api/messages/{reference}/text"), HttpStatusCode.OK);
            Assert.Equal(MessageTestKit.FamilyText, text.GetProperty("text").GetString());
            Assert.Equal("Коваленко Марія", text.GetProperty("correspondentName").GetString());
            Assert.Equal("Київ, вул. Січових Стрільців 1", text.GetProperty("correspondentAddress").GetString());
        }

        // The administrator carries mail but reads no text; the analyst and the parties see no messages at all.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient("admin").GetAsync($"/api/messages/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("admin").GetAsync($"/api/messages/{reference}/text")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("analyst").GetAsync($"/api/messages/{reference}/text")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("analyst").GetAsync("/api/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("bureau-officer", "RU").GetAsync($"/api/messages/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("liaison-officer", "RU").GetAsync($"/api/messages/{reference}/text")).StatusCode);

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MessageCreate) && e.Entry.Summary.Contains(reference, StringComparison.Ordinal));
        Assert.Equal(2, entries.Count(e => VisitTestKit.Has(e.Entry, AuditActions.MessageRead) && e.Entry.Summary.Contains("opened the text", StringComparison.Ordinal)));
        Assert.All(entries, e => Assert.DoesNotContain("чекаємо", e.Entry.Summary, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Bad_input_is_refused_naming_each_field(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");

        var empty = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/messages", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("kind", MessageTestKit.Errors(empty));
        Assert.Contains("direction", MessageTestKit.Errors(empty));
        Assert.Contains("person", MessageTestKit.Errors(empty));

        var bad = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/messages", new
        {
            kind = "telegram", direction = "sideways", person = "KL-0000-0000", enquiry = "nonsense", replyTo = "MSG-1", intake = "pigeon",
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["direction", "enquiry", "intake", "kind", "person", "replyTo"], MessageTestKit.Errors(bad).Order(StringComparer.Ordinal));

        var noText = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/messages", new { kind = "letter", direction = "to-detainee", person = persons[0], correspondentName = "Марія" }), HttpStatusCode.BadRequest);
        Assert.Equal(["language", "text"], MessageTestKit.Errors(noText).Order(StringComparer.Ordinal));

        var captureCardToDetainee = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/messages", new { kind = "capture-card", direction = "to-detainee", person = persons[0], language = "uk", text = "Живий" }), HttpStatusCode.BadRequest);
        Assert.Contains("direction", MessageTestKit.Errors(captureCardToDetainee));

        var badFilter = await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?status=lost&receivedFrom=yesterday"), HttpStatusCode.BadRequest);
        Assert.Equal(["receivedFrom", "status"], MessageTestKit.Errors(badFilter).Order(StringComparer.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/messages/MSG-0000-0000")).StatusCode);
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.Messages.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_capture_card_comes_from_the_detainee_unrouted_and_a_reply_is_linked_both_ways(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");

        var card = await MessageTestKit.CreateAsync(client, MessageTestKit.FromDetainee(persons[0], "Я живий, у полоні, здоровий.", kind: "capture-card"));
        var cardReference = card.GetProperty("reference").GetString()!;
        Assert.Equal("capture-card", card.GetProperty("kind").GetString());
        Assert.Equal("from-detainee", card.GetProperty("direction").GetString());
        Assert.Equal("delegate", card.GetProperty("intake").GetString());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("place").ValueKind);

        var reply = await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[0], "Отримали твою картку!", replyTo: cardReference.ToLowerInvariant()));
        var replyReference = reply.GetProperty("reference").GetString()!;
        Assert.Equal(cardReference, reply.GetProperty("inReplyTo").GetString());
        Assert.Contains($"reply to {cardReference}", reply.GetProperty("trail")[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        var original = await MessageTestKit.GetAsync(client, cardReference);
        Assert.Equal([replyReference], original.GetProperty("replies").EnumerateArray().Select(r => r.GetString()!).ToArray());

        // A reply goes the other way and is about the same person.
        var sameWay = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/messages", MessageTestKit.FromDetainee(persons[0], "Ще раз", replyTo: cardReference)), HttpStatusCode.BadRequest);
        Assert.Contains("inReplyTo", MessageTestKit.Errors(sameWay));
        var otherPerson = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/messages", MessageTestKit.ToDetainee(persons[1], replyTo: cardReference)), HttpStatusCode.BadRequest);
        Assert.Contains("inReplyTo", MessageTestKit.Errors(otherPerson));

        var list = await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?kind=capture-card"), HttpStatusCode.OK);
        Assert.Equal(cardReference, list.GetProperty("items").EnumerateArray().Single().GetProperty("reference").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_authoritys_check_passes_strikes_out_with_a_note_or_withholds_and_ends_the_trail(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var struck = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[0]))).GetProperty("reference").GetString()!;
        var withheld = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[1]))).GetProperty("reference").GetString()!;

        var version = (await MessageTestKit.GetAsync(client, struck)).GetProperty("version").GetInt32();
        var noNote = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{struck}/check", new { outcome = "passed-with-parts-struck-out", version }), HttpStatusCode.BadRequest);
        Assert.Equal(["note"], MessageTestKit.Errors(noNote));
        var noOutcome = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{struck}/check", new { note = "?" }), HttpStatusCode.BadRequest);
        Assert.Equal(["outcome", "version"], MessageTestKit.Errors(noOutcome).Order(StringComparer.Ordinal));
        var stale = await client.PostAsJsonAsync($"/api/messages/{struck}/check", new { outcome = "passed", version = version + 5 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var passed = await MessageTestKit.CheckAsync(client, struck, "passed-with-parts-struck-out", "Line 3 (the place of the unit) struck out.");
        Assert.Equal("cleared", passed.GetProperty("status").GetString());
        Assert.Equal("passed-with-parts-struck-out", passed.GetProperty("checkOutcome").GetString());
        Assert.Equal("Line 3 (the place of the unit) struck out.", passed.GetProperty("checkNote").GetString());
        Assert.Equal("checked", passed.GetProperty("trail").EnumerateArray().Last().GetProperty("kind").GetString());

        var ended = await MessageTestKit.CheckAsync(client, withheld, "withheld", "Mentions military positions.");
        Assert.Equal("withheld", ended.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, ended.GetProperty("closedAt").ValueKind);
        var afterEnd = await client.PostAsJsonAsync($"/api/messages/{withheld}/deliver", new { channel = "authority-confirmed", version = ended.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterEnd.StatusCode);
        var twice = await client.PostAsJsonAsync($"/api/messages/{withheld}/check", new { outcome = "passed", version = ended.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);

        var open = await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?open=true"), HttpStatusCode.OK);
        Assert.Equal([struck], open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!).ToArray());
        var byStatus = await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?status=withheld"), HttpStatusCode.OK);
        Assert.Equal(withheld, byStatus.GetProperty("items").EnumerateArray().Single().GetProperty("reference").GetString());
        Assert.Equal("withheld", byStatus.GetProperty("items")[0].GetProperty("lastStep").GetString());

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 4);
        Assert.Equal(2, entries.Count(e => VisitTestKit.Has(e.Entry, AuditActions.MessageCheck)));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_delegate_delivers_on_a_visit_to_the_routed_place_and_a_failure_is_recorded_with_its_reason(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("delegate");
        var before = await AuditTestKit.LastSequenceAsync(app);
        var visit = (await VisitTestKit.CreateVisitAsync(client)).GetProperty("reference").GetString()!;
        var elsewhere = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync("/api/visits", new { place = TestRegistry.CampUa, startedOn = VisitTestKit.VisitDay, delegates = new[] { "Anna Keller" } }), HttpStatusCode.Created);
        var message = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[0]))).GetProperty("reference").GetString()!;
        var other = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[1]))).GetProperty("reference").GetString()!;

        var received = await MessageTestKit.GetAsync(client, message);
        var tooEarly = await client.PostAsJsonAsync($"/api/messages/{message}/deliver", new { channel = "delegate-on-visit", visit, version = received.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);

        var cleared = await MessageTestKit.CheckAsync(client, message, "passed");
        var version = cleared.GetProperty("version").GetInt32();
        var noVisit = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{message}/deliver", new { channel = "delegate-on-visit", version }), HttpStatusCode.BadRequest);
        Assert.Equal(["visit"], MessageTestKit.Errors(noVisit));
        var unknownVisit = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{message}/deliver", new { channel = "delegate-on-visit", visit = "VIS-0000-0000", version }), HttpStatusCode.BadRequest);
        Assert.Equal(["visit"], MessageTestKit.Errors(unknownVisit));
        var wrongPlace = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{message}/deliver",
            new { channel = "delegate-on-visit", visit = elsewhere.GetProperty("reference").GetString(), version }), HttpStatusCode.BadRequest);
        Assert.Equal(["visit"], MessageTestKit.Errors(wrongPlace));
        var wrongChannel = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{message}/deliver", new { channel = "to-family", version }), HttpStatusCode.BadRequest);
        Assert.Equal(["channel"], MessageTestKit.Errors(wrongChannel));

        var delivered = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{message}/deliver",
            new { channel = "delegate-on-visit", visit = visit.ToLowerInvariant(), note = "Handed over in private.", version }), HttpStatusCode.OK);
        Assert.Equal("delivered", delivered.GetProperty("status").GetString());
        Assert.Equal("delegate-on-visit", delivered.GetProperty("deliveryChannel").GetString());
        Assert.Equal(visit, delivered.GetProperty("deliveredOnVisit").GetString());
        Assert.Equal("delivered", delivered.GetProperty("trail").EnumerateArray().Last().GetProperty("kind").GetString());

        var otherVersion = (await MessageTestKit.GetAsync(client, other)).GetProperty("version").GetInt32();
        var noReason = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{other}/undeliverable", new { version = otherVersion }), HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], MessageTestKit.Errors(noReason));
        var failed = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{other}/undeliverable",
            new { reason = "refused-by-addressee", note = "Does not want mail from this sender.", version = otherVersion }), HttpStatusCode.OK);
        Assert.Equal("undeliverable", failed.GetProperty("status").GetString());
        Assert.Equal("refused-by-addressee", failed.GetProperty("undeliverableReason").GetString());
        var staleAgain = await client.PostAsJsonAsync($"/api/messages/{other}/undeliverable", new { reason = "unknown", version = otherVersion });
        Assert.Equal(HttpStatusCode.Conflict, staleAgain.StatusCode);

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 4);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MessageDeliver) && e.Entry.Summary.Contains(visit, StringComparison.Ordinal));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MessageUndeliverable));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_scan_is_stored_sealed_and_comes_back_whole_to_the_text_permission_only(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var message = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[0]))).GetProperty("reference").GetString()!;
        var before = await AuditTestKit.LastSequenceAsync(app);

        var notAnImage = await MessageTestKit.ReadAsync(await client.PostAsync($"/api/messages/{message}/scan", Upload("<html>hi</html>"u8.ToArray(), "form.png")), HttpStatusCode.BadRequest);
        Assert.Equal(["file"], MessageTestKit.Errors(notAnImage));
        var noFile = await MessageTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/messages/{message}/scan", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["file"], MessageTestKit.Errors(noFile));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("admin").PostAsync($"/api/messages/{message}/scan", Upload(Png, "form.png"))).StatusCode);

        var stored = await MessageTestKit.ReadAsync(await client.PostAsync($"/api/messages/{message}/scan", Upload(Png, "C:\\scans\\red<cross>.jpg")), HttpStatusCode.Created);
        Assert.Equal("image/png", stored.GetProperty("contentType").GetString());
        Assert.Equal("redcross.jpg.png", stored.GetProperty("fileName").GetString());
        Assert.Equal(Png.Length, stored.GetProperty("size").GetInt64());
        var record = await MessageTestKit.GetAsync(client, message);
        Assert.Equal("redcross.jpg.png", record.GetProperty("scan").GetProperty("fileName").GetString());

        await using (var db = app.Database.NewContext())
        {
            var row = await db.MessageScans.AsNoTracking().SingleAsync();
            Assert.NotEqual(Png, row.Content);
            Assert.False(row.Content.AsSpan().IndexOf(Png.AsSpan(0, 8)) >= 0);
        }

        var download = await client.GetAsync($"/api/messages/{message}/scan");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("admin").GetAsync($"/api/messages/{message}/scan")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient("dpo").GetAsync($"/api/messages/{message}/scan")).StatusCode);
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        Assert.Single(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MessageScanAttach) && e.Entry.Summary.Contains(message, StringComparison.Ordinal));
        Assert.Single(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MessageScanRead));

        // Bytes moved to another message's row do not open there.
        var second = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[1]))).GetProperty("reference").GetString()!;
        await client.PostAsync($"/api/messages/{second}/scan", Upload([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], "b.jpg"));
        await using (var db = app.Database.NewContext())
        {
            var rows = await db.MessageScans.ToListAsync();
            (rows[0].Content, rows[1].Content) = (rows[1].Content, rows[0].Content);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync($"/api/messages/{message}/scan")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_list_filters_by_person_place_party_direction_and_days_received(DatabaseKind kind)
    {
        var (app, persons) = await MessageTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var first = (await MessageTestKit.CreateAsync(client, MessageTestKit.ToDetainee(persons[0]))).GetProperty("reference").GetString()!;
        var second = (await MessageTestKit.CreateAsync(client, MessageTestKit.FromDetainee(persons[1], "Живий"))).GetProperty("reference").GetString()!;

        async Task<string[]> ListAsync(string query) =>
            (await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?" + query), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("reference").GetString()!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal([first], await ListAsync($"person={persons[0]}"));
        Assert.Equal([first], await ListAsync($"place={TestRegistry.CampRu}"));
        Assert.Equal([first], await ListAsync("party=ru"));
        Assert.Equal([second], await ListAsync("direction=from-detainee"));
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal).ToArray(), await ListAsync("receivedFrom=2026-11-27&receivedTo=2026-11-27"));
        Assert.Empty(await ListAsync("receivedFrom=2026-11-28"));
        Assert.Empty(await ListAsync("receivedTo=2026-11-26"));
        var page = await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?pageSize=1"), HttpStatusCode.OK);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        var item = page.GetProperty("items")[0];
        Assert.Equal(second, item.GetProperty("reference").GetString());
        Assert.False(item.TryGetProperty("text", out var _));
        var badPlace = await MessageTestKit.ReadAsync(await client.GetAsync("/api/messages?place=NOWHERE&party=XX"), HttpStatusCode.BadRequest);
        Assert.Equal(["party", "place"], MessageTestKit.Errors(badPlace).Order(StringComparer.Ordinal));
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
