using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Mail;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Exchanges;

public class DeathApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_death_notification_puts_the_death_on_the_timeline_once_and_stops_the_persons_mail(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var parcel = (await ParcelTestKit.CreateParcelAsync(client, persons[0])).GetProperty("reference").GetString()!;
        var before = await AuditTestKit.LastSequenceAsync(app);

        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(persons[0])), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.StartsWith("DTH-", reference, StringComparison.Ordinal);
        Assert.Equal("recorded", created.GetProperty("status").GetString());
        Assert.Equal("RU", created.GetProperty("reportedBy").GetString());
        Assert.Equal(persons[0], created.GetProperty("person").GetProperty("reference").GetString());
        Assert.Equal("Коваленко Олександр", created.GetProperty("person").GetProperty("fullName").GetString());
        Assert.Equal("UA", created.GetProperty("person").GetProperty("dependsOn").GetString());
        Assert.Equal($"2025-05-01 {TestRegistry.CampRu}", created.GetProperty("person").GetProperty("captured").GetString());
        Assert.Equal("Участок 4, ряд 2, могила 17", created.GetProperty("graveIdentification").GetString());
        Assert.Equal("2026-11-23", created.GetProperty("dateOfBurial").GetString());

        var timeline = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[0]}/events"), HttpStatusCode.OK);
        var died = timeline.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "died").ToList();
        Assert.Single(died);
        Assert.Equal("2026-11-20", died[0].GetProperty("date").GetString());
        Assert.Equal($"death notification {reference}", died[0].GetProperty("source").GetString());
        var person = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[0]}"), HttpStatusCode.OK);
        Assert.Equal("dead", person.GetProperty("status").GetString());
        var stopped = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/parcels/{parcel}"), HttpStatusCode.OK);
        Assert.Equal("undeliverable", stopped.GetProperty("status").GetString());
        Assert.Equal("died", stopped.GetProperty("undeliverableReason").GetString());

        // A second notification (a corrected copy sent again by the party) does not record a second death.
        await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(persons[0])), HttpStatusCode.Created);
        timeline = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[0]}/events"), HttpStatusCode.OK);
        Assert.Single(timeline.EnumerateArray(), e => e.GetProperty("kind").GetString() == "died");

        var list = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths?person={persons[0]}&party=UA&notTransmitted=true&status=recorded"), HttpStatusCode.OK);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(0, (await VisitTestKit.ReadAsync(await client.GetAsync("/api/deaths?party=RU"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 3);
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.DeathNotificationCreate));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.MailStop));
        Assert.Contains(entries, e => VisitTestKit.Has(e.Entry, AuditActions.DeathNotificationList));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_death_already_on_the_timeline_is_not_recorded_again(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        await ParcelTestKit.RecordEventAsync(client, persons[1], "died", "2026-11-19");
        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(persons[1])), HttpStatusCode.Created);
        Assert.Equal("recorded", created.GetProperty("status").GetString());
        var timeline = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[1]}/events"), HttpStatusCode.OK);
        var died = Assert.Single(timeline.EnumerateArray(), e => e.GetProperty("kind").GetString() == "died");
        Assert.Equal("2026-11-19", died.GetProperty("date").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Bad_notifications_name_their_fields_and_store_nothing(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var cremated = await client.PostAsJsonAsync("/api/deaths", new { person = persons[0], dateOfDeath = "2026-11-20", placeOfDeath = "Лагерь", causeOfDeath = "Тиф", cremated = true });
        Assert.Equal(["cremationReason"], VisitTestKit.Errors(await VisitTestKit.ReadAsync(cremated, HttpStatusCode.BadRequest)));

        var bad = await client.PostAsJsonAsync("/api/deaths", new { person = "KL-0000-0000", reportedBy = "XX", dateOfDeath = "someday", dateOfBurial = "2026-13-40", placeOfDeath = "", causeOfDeath = "" });
        var fields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(bad, HttpStatusCode.BadRequest));
        Assert.Contains("person", fields);
        Assert.Contains("reportedBy", fields);
        Assert.Contains("dateOfDeath", fields);
        Assert.Contains("dateOfBurial", fields);

        var early = await client.PostAsJsonAsync("/api/deaths", new { person = persons[0], dateOfDeath = "2026-11-20", dateOfBurial = "2026-11-01", placeOfBurial = "Кладбище", placeOfDeath = "", causeOfDeath = "" });
        var earlyFields = VisitTestKit.Errors(await VisitTestKit.ReadAsync(early, HttpStatusCode.BadRequest));
        Assert.Contains("dateOfBurial", earlyFields);
        Assert.Contains("placeOfDeath", earlyFields);
        Assert.Contains("causeOfDeath", earlyFields);

        Assert.Equal(0, (await VisitTestKit.ReadAsync(await client.GetAsync("/api/deaths"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var person = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/persons/{persons[0]}"), HttpStatusCode.OK);
        Assert.Equal("held", person.GetProperty("status").GetString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_certificate_is_checked_by_content_sealed_at_rest_and_needed_before_transmission_to_the_party_of_origin(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(persons[0])), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        var version = created.GetProperty("version").GetInt32();

        var withoutCertificate = await client.PostAsJsonAsync($"/api/deaths/{reference}/transmit", new { version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutCertificate.StatusCode);

        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];
        var refused = await client.PostAsync($"/api/deaths/{reference}/certificate", DeathMatrixKit.Certificate(exe, "certificate.pdf", "application/pdf"));
        Assert.Equal(["file"], VisitTestKit.Errors(await VisitTestKit.ReadAsync(refused, HttpStatusCode.BadRequest)));

        var attached = await VisitTestKit.ReadAsync(await client.PostAsync($"/api/deaths/{reference}/certificate", DeathMatrixKit.Certificate()), HttpStatusCode.Created);
        Assert.Equal("application/pdf", attached.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DeathMatrixKit.Pdf)), attached.GetProperty("sha256").GetString());
        await using (var db = app.Database.NewContext())
        {
            var stored = await db.DeathCertificates.SingleAsync();
            Assert.NotEqual(DeathMatrixKit.Pdf.Length, stored.Content.Length);
            Assert.False(stored.Content.AsSpan().IndexOf("%PDF"u8) >= 0, "the certificate is stored sealed");
        }

        var download = await client.GetAsync($"/api/deaths/{reference}/certificate");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(DeathMatrixKit.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        var stale = await client.PostAsJsonAsync($"/api/deaths/{reference}/transmit", new { version = version + 5 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var transmitted = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/deaths/{reference}/transmit", new { version }), HttpStatusCode.OK);
        Assert.Equal("transmitted", transmitted.GetProperty("status").GetString());
        Assert.Equal("UA", transmitted.GetProperty("transmittedTo").GetString());
        Assert.Equal("caseworker@test.example", transmitted.GetProperty("transmittedBy").GetString());
        var again = await client.PostAsJsonAsync($"/api/deaths/{reference}/transmit", new { version = transmitted.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_death_is_not_transmitted_when_the_party_of_origin_is_unknown(DatabaseKind kind)
    {
        var (app, _) = await VisitTestKit.StartAsync(kind);
        await using var __ = app;
        var client = app.CreateClient("caseworker");
        var stateless = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/persons", new { surname = "Безродный", givenName = "Иван", category = "pow" }), HttpStatusCode.Created);
        var personReference = stateless.GetProperty("reference").GetString()!;
        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(personReference)), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsync($"/api/deaths/{reference}/certificate", DeathMatrixKit.Certificate()), HttpStatusCode.Created);
        var refused = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/deaths/{reference}/transmit", new { version = created.GetProperty("version").GetInt32() }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not known", refused.GetRawText(), StringComparison.Ordinal);
        var after = await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{reference}"), HttpStatusCode.OK);
        Assert.Equal("recorded", after.GetProperty("status").GetString());
        Assert.Equal(created.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_party_of_origin_sees_only_the_notifications_transmitted_to_it_and_acknowledges_them(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var client = app.CreateClient("caseworker");
        var sent = await RecordWithCertificateAsync(client, persons[0]);
        var transmitted = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync($"/api/deaths/{sent}/transmit", new { version = await VersionAsync(client, sent) }), HttpStatusCode.OK);
        var kept = await RecordWithCertificateAsync(client, persons[1]);

        var ua = app.CreateClient("liaison-officer", "UA");
        var ru = app.CreateClient("bureau-officer", "RU");
        var feed = await VisitTestKit.ReadAsync(await ua.GetAsync("/api/party/deaths"), HttpStatusCode.OK);
        Assert.Equal(1, feed.GetProperty("total").GetInt32());
        Assert.Contains(sent, feed.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(kept, feed.GetRawText(), StringComparison.Ordinal);
        var ruFeed = await VisitTestKit.ReadAsync(await ru.GetAsync("/api/party/deaths"), HttpStatusCode.OK);
        Assert.Equal(0, ruFeed.GetProperty("total").GetInt32());
        Assert.DoesNotContain(sent, ruFeed.GetRawText(), StringComparison.Ordinal);

        var read = await VisitTestKit.ReadAsync(await ua.GetAsync($"/api/party/deaths/{sent}"), HttpStatusCode.OK);
        Assert.Equal("Кладбище пос. Заречный", read.GetProperty("placeOfBurial").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/party/deaths/{kept}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/party/deaths/{kept}/certificate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetAsync($"/api/party/deaths/{sent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetAsync($"/api/party/deaths/{sent}/certificate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.PostAsync($"/api/party/deaths/{sent}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ua.GetAsync($"/api/deaths/{sent}")).StatusCode);
        Assert.Equal(DeathMatrixKit.Pdf, await (await ua.GetAsync($"/api/party/deaths/{sent}/certificate")).Content.ReadAsByteArrayAsync());

        var acknowledged = await VisitTestKit.ReadAsync(await ua.PostAsync($"/api/party/deaths/{sent}/acknowledge", null), HttpStatusCode.OK);
        Assert.Equal("acknowledged", acknowledged.GetProperty("status").GetString());
        Assert.Equal("liaison-officer.ua@test.example", acknowledged.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ua.PostAsync($"/api/party/deaths/{sent}/acknowledge", null)).StatusCode);

        // A correction takes the notification back from the party's feed until it is transmitted again.
        var corrected = await VisitTestKit.ReadAsync(await client.PutAsJsonAsync($"/api/deaths/{sent}", DeathMatrixKit.DeathBody(persons[0], acknowledged.GetProperty("version").GetInt32())), HttpStatusCode.OK);
        Assert.Equal("recorded", corrected.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync($"/api/party/deaths/{sent}")).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/deaths/{sent}", DeathMatrixKit.DeathBody(persons[0], transmitted.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    internal static async Task<string> RecordWithCertificateAsync(HttpClient client, string person)
    {
        var created = await VisitTestKit.ReadAsync(await client.PostAsJsonAsync("/api/deaths", DeathMatrixKit.DeathBody(person)), HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        await VisitTestKit.ReadAsync(await client.PostAsync($"/api/deaths/{reference}/certificate", DeathMatrixKit.Certificate()), HttpStatusCode.Created);
        return reference;
    }

    internal static async Task<int> VersionAsync(HttpClient client, string reference) =>
        (await VisitTestKit.ReadAsync(await client.GetAsync($"/api/deaths/{reference}"), HttpStatusCode.OK)).GetProperty("version").GetInt32();

    internal static JsonElement[] Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToArray();
}
