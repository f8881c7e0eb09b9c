using System.Net;
using Kinlink.Integration.Tests.Tracing;
using Kinlink.Integration.Tests.Visits;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Exchanges;

/// <summary>The proceedings pages, the families' page and the person page's section, without script, in three languages.</summary>
public class JudicialPageTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_caseworker_opens_a_proceeding_from_the_person_page_sets_the_trial_sees_the_short_notice_and_a_bad_date_comes_back_by_field(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        using var browser = app.Browser("caseworker");

        var (_, personPage) = await browser.GetPageAsync($"/Registry/Persons/{persons[0]}?culture=en");
        Assert.Contains("Exchanges, repatriation, deaths and proceedings", HtmlPage.VisibleText(personPage), StringComparison.Ordinal);
        Assert.Contains($"href=\"/Exchanges/Judicial/New?person={persons[0]}\"", personPage, StringComparison.Ordinal);

        var newPath = $"/Exchanges/Judicial/New?person={persons[0]}";
        var (_, form) = await browser.GetPageAsync(newPath);
        Assert.Equal(persons[0], HtmlPage.FieldValue(form, "person"));
        var (refused, refusedHtml) = await browser.PostFormAsync(newPath, form,
            [new("person", persons[0]), new("prosecutingParty", "RU"), new("charges", ""), new("notifiedOn", "вчора")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("charges-error", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("notifiedOn-error", refusedHtml, StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(0, await db.JudicialProceedings.CountAsync());
        }

        var (created, _) = await browser.PostFormAsync(newPath, form,
            [new("person", persons[0]), new("prosecutingParty", "RU"), new("charges", "Шпигунство"), new("court", "Військовий суд"), new("notifiedOn", "")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/Exchanges/Judicial/JUD-", path, StringComparison.Ordinal);

        var (_, details) = await browser.GetPageAsync(path + "?culture=en");
        Assert.Contains("Charged", HtmlPage.VisibleText(details), StringComparison.Ordinal);
        var (scheduled, _) = await browser.PostFormAsync(path + "?handler=Trial", details, [new("Trial.TrialDate", "2026-12-05"), new("Trial.Place", "Ростов"), new("Trial.Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var (_, afterTrial) = await browser.GetPageAsync(path + "?culture=en");
        Assert.Contains("Notice short of three weeks", HtmlPage.VisibleText(afterTrial), StringComparison.Ordinal);
        var (stale, staleHtml) = await browser.PostFormAsync(path + "?handler=Notification", afterTrial, [new("Notification.NotifiedOn", "2026-11-01"), new("Notification.Version", "0")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed by someone else", HtmlPage.VisibleText(staleHtml), StringComparison.Ordinal);

        foreach (var culture in new[] { "en", "uk", "ru" })
        {
            var (_, list) = await browser.GetPageAsync("/Exchanges/Judicial?pending=true".WithCulture(culture));
            Assert.Equal(UiResources.Text(culture, "Judicial.Title"), HtmlPage.H1(list));
            Assert.Contains(path, list, StringComparison.Ordinal);
            Assert.Contains(UiResources.Text(culture, "Judicial.NoticeShort"), HtmlPage.VisibleText(list), StringComparison.Ordinal);
            var (_, person) = await browser.GetPageAsync($"/Registry/Persons/{persons[0]}".WithCulture(culture));
            Assert.Contains(UiResources.Text(culture, "PersonExchanges.Title"), HtmlPage.VisibleText(person), StringComparison.Ordinal);
            Assert.Contains($"href=\"{path}\"", person, StringComparison.Ordinal);
        }

        foreach (var (role, party) in new[] { ("analyst", (string?)null), ("liaison-officer", "RU") })
        {
            using var reader = app.Browser(role, party);
            var (_, seen) = await reader.GetPageAsync($"/Registry/Persons/{persons[0]}");
            Assert.DoesNotContain("exchanges-heading", seen, StringComparison.Ordinal);
            Assert.DoesNotContain(path, seen, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_families_page_lists_the_family_to_tell_after_the_handover_and_records_that_it_was_told(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var enquiry = await EnquiryCaseTestKit.CreateAsync(app, "Шевченко");
        await EnquiryCaseTestKit.MoveToLocatedAsync(app, enquiry, await JudicialTestKit.PersonIdAsync(app, persons[1]));
        var exchange = await JudicialTestKit.PreparedExchangeAsync(app, persons[1]);
        using var browser = app.Browser("caseworker");
        var (_, before) = await browser.GetPageAsync("/Exchanges/Families?culture=en");
        Assert.Contains("No family is waiting for news.", HtmlPage.VisibleText(before), StringComparison.Ordinal);

        await JudicialTestKit.ExecuteAsync(app, exchange);
        foreach (var culture in new[] { "uk", "ru", "en" })
        {
            var (_, listed) = await browser.GetPageAsync("/Exchanges/Families".WithCulture(culture));
            Assert.Equal(UiResources.Text(culture, "Families.Title"), HtmlPage.H1(listed));
            Assert.Contains(enquiry, listed, StringComparison.Ordinal);
            Assert.Contains($"exchange {exchange}", HtmlPage.VisibleText(listed), StringComparison.Ordinal);
        }

        var (_, page) = await browser.GetPageAsync("/Exchanges/Families?culture=en");
        await using var db = app.Database.NewContext();
        var eventId = (await db.StatusEvents.Where(e => e.SourceLabel == $"exchange {exchange}").Select(e => e.Id).SingleAsync()).Value;
        var (posted, _) = await browser.PostFormAsync("/Exchanges/Families", page,
            [new("Enquiry", enquiry), new("Informed.Event", eventId.ToString()), new("Informed.Channel", "letter"), new("Informed.Note", "Лист надіслано"), new("Informed.Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (_, done) = await browser.GetPageAsync("/Exchanges/Families?culture=en");
        Assert.Contains("No family is waiting for news.", HtmlPage.VisibleText(done), StringComparison.Ordinal);
        Assert.Equal(1, await db.FamilyNotices.CountAsync());

        using var analyst = app.Browser("analyst");
        var (refused, _) = await analyst.GetPageAsync("/Exchanges/Families");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_person_page_links_the_exchange_entry_medical_case_death_notification_effects_and_proceedings_of_the_person(DatabaseKind kind)
    {
        var (app, persons) = await VisitTestKit.StartAsync(kind);
        await using var _ = app;
        var exchange = await JudicialTestKit.PreparedExchangeAsync(app, persons[0]);
        var proceeding = (await JudicialTestKit.OpenAsync(app.CreateClient("caseworker"), persons[0])).GetProperty("reference").GetString()!;
        var personId = await JudicialTestKit.PersonIdAsync(app, persons[0]);
        string medical, death, packet;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.Persistence.KinlinkDbContext>();
            var at = app.Factory.Clock.GetUtcNow();
            var seal = Data.Exchanges.ExchangeSeals.ForDiagnosis(scope.ServiceProvider.GetRequiredService<Data.Access.FieldEncryption>());
            var medicalCase = Domain.Exchanges.MedicalRepatriationCase.Propose(personId, Domain.Exchanges.MedicalGrounds.Incurable, "Ампутація обох ніг", "Лікар", new DateOnly(2026, 11, 20), seal, JudicialTestKit.Staff, at);
            var notification = Domain.Exchanges.DeathNotification.Record(personId, null, new Domain.Exchanges.DeathNotificationDraft(
                Domain.Common.PartialDate.Create(2026, 11, 25), "Лазарет", "Невідомо", null, null, null, null, false, false, null, true, null, null), JudicialTestKit.Staff, at);
            var effects = Domain.Exchanges.EffectsPacket.Receive(personId, notification.Id, Domain.Exchanges.EffectsReason.Died, "S-1", new DateOnly(2026, 11, 26), null,
                [new Domain.Exchanges.EffectsItemDraft("Годинник", 1)], JudicialTestKit.Staff, at);
            db.MedicalRepatriationCases.Add(medicalCase);
            db.DeathNotifications.Add(notification);
            db.EffectsPackets.Add(effects);
            await db.SaveChangesAsync();
            (medical, death, packet) = (medicalCase.Reference, notification.Reference, effects.Reference);
        }

        using var browser = app.Browser("delegate");
        foreach (var culture in new[] { "en", "uk", "ru" })
        {
            var (_, page) = await browser.GetPageAsync($"/Registry/Persons/{persons[0]}".WithCulture(culture));
            foreach (var link in new[] { $"/Exchanges/{exchange}", $"/Exchanges/Medical/{medical}", $"/Deaths/{death}", $"/Deaths/Packets/{packet}", $"/Exchanges/Judicial/{proceeding}" })
            {
                Assert.Contains($"href=\"{link}\"", page, StringComparison.Ordinal);
            }

            var text = HtmlPage.VisibleText(page);
            Assert.Contains(UiResources.Text(culture, "Exchanges.Resolution.resolved"), text, StringComparison.Ordinal);
            Assert.Contains(UiResources.Text(culture, "PersonExchanges.IdentityConfirmed"), text, StringComparison.Ordinal);
            Assert.Contains(UiResources.Text(culture, "Medical.Status.proposed"), text, StringComparison.Ordinal);
        }
    }
}
