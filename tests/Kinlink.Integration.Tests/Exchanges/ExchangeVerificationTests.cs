using System.Net;
using System.Net.Http.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

public class ExchangeVerificationTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_private_interview_is_sealed_read_only_by_confidential_roles_and_audited_and_blockers_say_why_not_ready(DatabaseKind kind)
    {
        var world = await ExchangeTestKit.StartAsync(kind);
        await using var _ = world.App;
        var client = world.App.CreateClient("caseworker");
        var exchange = await ExchangeTestKit.CreateAsync(client);
        var reference = exchange.GetProperty("reference").GetString()!;
        await ExchangeTestKit.ReadAsync(await ExchangeTestKit.ImportAsync(client, reference, "RU", ExchangeTestKit.RuList, ExchangeTestKit.Version(exchange)), HttpStatusCode.OK);
        exchange = await ExchangeTestKit.GetAsync(client, reference);
        var id = ExchangeTestKit.Id(ExchangeTestKit.EntryOf(exchange, "Коваленко"));
        Assert.Contains("identity not confirmed", ExchangeTestKit.EntryOf(exchange, "Коваленко").GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));

        var notPrivate = await ExchangeTestKit.ChangeAsync(client, reference, id, "interview", new { wish = "yes", heldInPrivate = false, version = ExchangeTestKit.Version(exchange) }, HttpStatusCode.BadRequest);
        Assert.Contains("heldInPrivate", VisitTestKit.Errors(notPrivate));
        var stale = ExchangeTestKit.Version(exchange);
        exchange = await ExchangeTestKit.VerifyAsync(client, reference, "Коваленко", "yes", "Хоче додому до матері в Полтаву");
        await ExchangeTestKit.ChangeAsync(client, reference, id, "medical", new { category = "seriously-wounded", version = stale }, HttpStatusCode.Conflict);

        var entry = ExchangeTestKit.EntryOf(exchange, "Коваленко");
        Assert.True(entry.GetProperty("ready").GetBoolean());
        Assert.Equal("yes", entry.GetProperty("wish").GetString());
        Assert.DoesNotContain("Полтаву", exchange.GetRawText(), StringComparison.Ordinal);
        var raw = await ExchangeTestKit.RawInterviewNoteAsync(world.App, id);
        Assert.True(FieldEncryption.LooksSealed(raw));
        Assert.DoesNotContain("Полтаву", raw, StringComparison.Ordinal);

        var before = await AuditTestKit.LastSequenceAsync(world.App);
        var note = await ExchangeTestKit.ReadAsync(await world.App.CreateClient("delegate").GetAsync($"/api/exchanges/{reference}/entries/{id}/interview"), HttpStatusCode.OK);
        Assert.Equal("Хоче додому до матері в Полтаву", note.GetProperty("note").GetString());
        Assert.Contains(await AuditTestKit.EntriesAfterAsync(world.App, before), e => VisitTestKit.Has(e.Entry, AuditActions.ExchangeInterviewRead));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.App.CreateClient("admin").GetAsync($"/api/exchanges/{reference}/entries/{id}/interview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.App.CreateClient("admin").PostAsJsonAsync($"/api/exchanges/{reference}/entries/{id}/interview", new { wish = "no", heldInPrivate = true, version = ExchangeTestKit.Version(exchange) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.App.CreateClient("bureau-officer", "RU").GetAsync($"/api/exchanges/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.App.CreateClient("liaison-officer", "UA").GetAsync("/api/exchanges")).StatusCode);

        // A blocking issue and a pending proceeding each stop the handover, and say so.
        exchange = await ExchangeTestKit.ChangeAsync(client, reference, id, "medical", new { category = "seriously-wounded", version = ExchangeTestKit.Version(exchange) });
        Assert.Equal("seriously-wounded", ExchangeTestKit.EntryOf(exchange, "Коваленко").GetProperty("medicalCategory").GetString());
        exchange = await ExchangeTestKit.ChangeAsync(client, reference, id, "blocking", new { issue = "Serving a disciplinary punishment until 2026-12-10", version = ExchangeTestKit.Version(exchange) });
        Assert.Contains("blocking issue: Serving a disciplinary punishment until 2026-12-10", ExchangeTestKit.EntryOf(exchange, "Коваленко").GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
        exchange = await ExchangeTestKit.ChangeAsync(client, reference, id, "blocking", new { issue = "", version = ExchangeTestKit.Version(exchange) });
        Assert.True(ExchangeTestKit.EntryOf(exchange, "Коваленко").GetProperty("ready").GetBoolean());

        await using (var scope = world.App.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var reference2 = IntermediaryReference.Parse(world.Clear);
            var personId = await db.Persons.Where(p => p.Reference == reference2).Select(p => p.Id).SingleAsync();
            var ru = await db.Parties.Where(p => p.Code == "RU").Select(p => p.Id).SingleAsync();
            db.JudicialProceedings.Add(JudicialProceeding.Open(personId, ru, "Art. 337 of the Criminal Code", null, "Rostov garrison court", null, Actor.System, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        exchange = await ExchangeTestKit.GetAsync(client, reference);
        Assert.Contains("a judicial proceeding or sentence is pending", ExchangeTestKit.EntryOf(exchange, "Коваленко").GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
    }
}
