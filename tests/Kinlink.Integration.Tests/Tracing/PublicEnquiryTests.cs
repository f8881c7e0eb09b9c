using System.Net;
using System.Reflection;
using Kinlink.Data.Access;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kinlink.Integration.Tests.Tracing.PublicEnquiryTestKit;

namespace Kinlink.Integration.Tests.Tracing;

/// <summary>The public enquiry page (issue 5 item 6): a family files without an account and checks its case with a reference and a secret code.</summary>
public sealed class PublicEnquiryTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_family_files_in_each_language_and_is_shown_a_reference_and_a_code_once(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var today = DateOnly.FromDateTime(app.Factory.Clock.GetUtcNow().UtcDateTime);

        foreach (var culture in new[] { "en", "uk", "ru" })
        {
            var (formResponse, formHtml) = await family.GetPageAsync(FilingPath.WithCulture(culture));
            Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
            Assert.Equal(culture, HtmlPage.HtmlLang(formHtml));
            Assert.Equal(UiResources.Text(culture, "Enquire.Title"), HtmlPage.H1(formHtml));
            Assert.Contains(UiResources.Text(culture, "Enquire.ConsentUse"), HtmlPage.VisibleText(formHtml), StringComparison.Ordinal);
            Assert.NotEmpty(HtmlPage.AntiforgeryToken(formHtml));

            var surname = "Шевчук" + culture switch { "en" => "", "uk" => "о", _ => "ин" };
            var (response, html) = await family.PostFormAsync(FilingPath.WithCulture(culture), formHtml, ValidForm(surname));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(UiResources.Text(culture, "Enquire.ReceivedTitle"), HtmlPage.H1(html));
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            var reference = HtmlPage.Text(HtmlPage.ElementById(html, "case-reference")!);
            var code = HtmlPage.Text(HtmlPage.ElementById(html, "secret-code")!);
            Assert.True(IsReference(reference), reference);
            Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}(-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}){3}$", code);
            Assert.Contains(UiResources.Text(culture, "Enquire.CodeOnce"), HtmlPage.VisibleText(html), StringComparison.Ordinal);

            await using var db = app.Database.NewContext();
            var stored = await db.Enquiries.AsNoTracking().SingleAsync(e => e.SoughtSurname == surname);
            Assert.Equal(reference, stored.Reference.Value);
            Assert.Equal(EnquiryChannel.Online, stored.Channel);
            Assert.Equal(LegalBasis.EnquirerConsent, stored.LegalBasis);
            Assert.True(stored.ConsentGiven);
            Assert.Equal(today, stored.ConsentDate);
            Assert.Equal(culture, TracingCodes.Of(stored.EnquirerLanguage));
            Assert.Equal(Actor.PublicEnquiryForm.UserName, stored.CreatedBy);
            Assert.Equal(EnquiryStatus.Open, stored.Status);
            // Only a salted hash is kept: the code itself is nowhere in the row, and the same code hashes differently each time.
            Assert.StartsWith("pbkdf2-sha256$", stored.FamilyAccessCodeHash, StringComparison.Ordinal);
            Assert.DoesNotContain(FamilyAccessCode.Normalise(code), stored.FamilyAccessCodeHash, StringComparison.Ordinal);
            Assert.NotEqual(FamilyAccessCode.Hash(code), stored.FamilyAccessCodeHash);
            Assert.True(FamilyAccessCode.Matches(code, stored.FamilyAccessCodeHash));

            // Shown once: coming back to the page shows the empty form, not the code.
            var (_, again) = await family.GetPageAsync(FilingPath.WithCulture(culture));
            Assert.DoesNotContain(code, again, StringComparison.Ordinal);
            Assert.DoesNotContain(reference, again, StringComparison.Ordinal);

            // The code works, in any case and without its dashes.
            var (statusResponse, statusHtml) = await CheckAsync(family, reference.ToLowerInvariant(), code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant(), culture);
            Assert.Equal(HttpStatusCode.OK, statusResponse.StatusCode);
            Assert.Equal("received", ShownStatus(statusHtml));
            Assert.Contains(UiResources.Text(culture, "Status.State.received"), HtmlPage.VisibleText(statusHtml), StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Each_wrong_field_is_named_beside_it_in_the_familys_language_and_nothing_is_stored(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var form = ValidForm();
        form["enquirerFullName"] = "";
        form["enquirerRelation"] = "";
        form["enquirerPhone"] = "";
        form["enquirerEmail"] = "not an address";
        form["enquirerPostalAddress"] = "";
        form["soughtSurname"] = "Коваленко7";
        form["soughtDateOfBirth"] = "1994-13";
        form["soughtAgeYears"] = "about thirty";
        form["lastNewsDate"] = "2099-01-01";
        form.Remove("consent");

        var (response, html) = await FileAsync(family, form, "uk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(UiResources.Text("uk", "Errors.TitlePrefix"), HtmlPage.Title(html), StringComparison.Ordinal);
        string[] wrong = ["enquirerFullName", "enquirerRelation", "enquirerEmail", "soughtSurname", "soughtDateOfBirth", "soughtAgeYears", "lastNewsDate", "consent"];
        foreach (var field in wrong)
        {
            var message = HtmlPage.ElementById(html, field + "-error");
            Assert.True(message is not null, $"no error beside {field}");
            Assert.Contains(UiResources.Text("uk", "Enquire.Error." + field), HtmlPage.Text(message), StringComparison.Ordinal);
            Assert.Contains($"href=\"#{field}\"", html, StringComparison.Ordinal);
        }

        foreach (var field in new[] { "soughtGivenName", "soughtPlaceOfBirth", "lastNewsPlace", "howNewsCame" })
        {
            Assert.Null(HtmlPage.ElementById(html, field + "-error"));
        }

        // What the family typed comes back, so only the wrong fields need typing again.
        Assert.Equal("Коваленко7", HtmlPage.FieldValue(html, "soughtSurname"));
        Assert.Equal("Полтава", HtmlPage.FieldValue(html, "soughtPlaceOfBirth"));
        Assert.Null(HtmlPage.ElementById(html, "secret-code"));
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.Enquiries.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_wrong_code_an_unknown_reference_and_a_malformed_one_get_the_same_answer(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var (reference, code) = await FileValidAsync(family);
        var unknown = EnquiryReference.NewRandom().Value;

        var answers = new List<string>();
        foreach (var (tryReference, tryCode) in new[] { (reference, WrongCode(code)), (unknown, code), ("ENQ-NOT-A-REF", code), (reference, "") })
        {
            var (response, html) = await CheckAsync(family, tryReference, tryCode, "ru");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            Assert.Null(ShownStatus(html));
            Assert.Equal(UiResources.Text("ru", "Status.NotFound"), HtmlPage.Text(HtmlPage.ElementById(html, "status-not-found")!));
            Assert.DoesNotContain(code, html, StringComparison.Ordinal);
            // The reference typed comes back to be corrected; apart from it, the pages are the same.
            answers.Add(HtmlPage.VisibleText(html).Replace(tryReference, "…", StringComparison.Ordinal));
        }

        Assert.Single(answers.Distinct(StringComparer.Ordinal));
        var (_, right) = await CheckAsync(family, reference, code, "ru");
        Assert.Equal("received", ShownStatus(right));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_status_page_shows_what_the_family_may_be_told_for_each_status_and_nothing_more(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var (reference, code) = await FileValidAsync(family, "Мельник");
        // What FamilyDisclosure allows, as the page must show it: a located person's news only with consent.
        var expected = new (EnquiryStatus Status, SharingConsent Consent, RefusalAllowance Allowed, string Shown)[]
        {
            (EnquiryStatus.Open, SharingConsent.NotAsked, RefusalAllowance.Nothing, "received"),
            (EnquiryStatus.Searching, SharingConsent.NotAsked, RefusalAllowance.Nothing, "being-searched"),
            (EnquiryStatus.Located, SharingConsent.NotAsked, RefusalAllowance.Nothing, "being-searched"),
            (EnquiryStatus.Located, SharingConsent.Refused, RefusalAllowance.Nothing, "being-searched"),
            (EnquiryStatus.Located, SharingConsent.Refused, RefusalAllowance.ThatAlive, "person-alive-only"),
            (EnquiryStatus.Located, SharingConsent.Given, RefusalAllowance.Nothing, "news-available"),
            (EnquiryStatus.ReportedDead, SharingConsent.NotAsked, RefusalAllowance.Nothing, "news-available"),
            (EnquiryStatus.ClosedWithoutResult, SharingConsent.NotAsked, RefusalAllowance.Nothing, "search-closed"),
            (EnquiryStatus.Withdrawn, SharingConsent.NotAsked, RefusalAllowance.Nothing, "withdrawn"),
        };
        Assert.Equal(Enum.GetValues<EnquiryStatus>().Order(), expected.Select(e => e.Status).Distinct().Order());

        foreach (var (status, consent, allowed, shown) in expected)
        {
            await SetStatusAsync(app, reference, status, consent, allowed);
            var (response, html) = await CheckAsync(family, reference, code, "uk");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            Assert.Equal(shown, ShownStatus(html));
            var text = HtmlPage.VisibleText(html);
            Assert.Contains(UiResources.Text("uk", "Status.State." + shown), text, StringComparison.Ordinal);
            Assert.Contains(UiResources.Text("uk", "Status.Explain." + shown), text, StringComparison.Ordinal);
            Assert.Contains(reference, text, StringComparison.Ordinal);
            // The sought person's name as the family wrote it; nothing of the enquirer's details, nor of any person record.
            Assert.Contains("Мельник Олександр Миколайович", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Коваленко Галина", text, StringComparison.Ordinal);
            Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);
            Assert.DoesNotContain("123 45 67", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Бахмут", text, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Filing_and_status_checks_past_the_limit_per_address_get_429_with_a_page_saying_when_to_try_again(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await using var limited = app.Factory.WithWebHostBuilder(b => b
            .UseSetting("Kinlink:PublicEnquiry:FilingPermitLimit", "2")
            .UseSetting("Kinlink:PublicEnquiry:StatusPermitLimit", "3"));
        using var family = limited.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

        await FileValidAsync(family, "Бондар");
        var (reference, code) = await FileValidAsync(family, "Бондаренко");
        var (refused, refusedHtml) = await FileAsync(family, ValidForm("Бондарчук"), "uk");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromHours(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(UiResources.Text("uk", "Error.TooManyTitle"), HtmlPage.H1(refusedHtml));
        var refusedText = HtmlPage.VisibleText(refusedHtml);
        Assert.Contains(UiResources.Text("uk", "Public.TooManyText"), refusedText, StringComparison.Ordinal);
        var minutes = (int)Math.Ceiling(refused.Headers.RetryAfter!.Delta!.Value.TotalMinutes);
        Assert.Contains(UiResources.Text("uk", "Public.TryAgainMinutes").Replace("{0}", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), refusedText, StringComparison.Ordinal);
        Assert.DoesNotContain("main-nav", refusedHtml, StringComparison.Ordinal);
        await using (var db = app.Database.NewContext())
        {
            Assert.Equal(0, await db.Enquiries.CountAsync(e => e.SoughtSurname == "Бондарчук"));
        }

        // Reading the form is not limited; checking is limited on its own count.
        Assert.Equal(HttpStatusCode.OK, (await family.GetPageAsync(FilingPath)).Response.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CheckAsync(family, reference, code)).Response.StatusCode);
        }

        var (tooMany, tooManyHtml) = await CheckAsync(family, reference, code, "ru");
        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
        Assert.NotNull(tooMany.Headers.RetryAfter);
        Assert.True(HtmlPage.VisibleText(tooManyHtml).Contains(UiResources.Text("ru", "Public.TooManyText"), StringComparison.Ordinal), tooManyHtml);
        Assert.Contains(UiResources.Text("ru", "Public.TooManyText"), HtmlPage.VisibleText(tooManyHtml), StringComparison.Ordinal);
        Assert.Null(ShownStatus(tooManyHtml));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Wrong_codes_for_one_reference_lock_its_checks_for_the_window_whether_the_reference_exists_or_not(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await using var limited = app.Factory.WithWebHostBuilder(b => b
            .UseSetting("Kinlink:PublicEnquiry:WrongCodeLimit", "3")
            .UseSetting("Kinlink:PublicEnquiry:WrongCodeWindowSeconds", "7200"));
        using var family = limited.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var (reference, code) = await FileValidAsync(family);
        var (otherReference, otherCode) = await FileValidAsync(family, "Ткаченко");
        var unknown = EnquiryReference.NewRandom().Value;

        foreach (var target in new[] { reference, unknown })
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await CheckAsync(family, target, WrongCode(code))).Response.StatusCode);
            }
        }

        var lockedAnswers = new List<string>();
        foreach (var target in new[] { reference, unknown })
        {
            // Locked: even the right code is refused, and a real reference looks like an unknown one.
            var (locked, lockedHtml) = await CheckAsync(family, target, code, "uk");
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.Equal(TimeSpan.FromHours(2), locked.Headers.RetryAfter?.Delta);
            Assert.Null(ShownStatus(lockedHtml));
            var text = HtmlPage.VisibleText(lockedHtml);
            Assert.Contains(UiResources.Text("uk", "Status.Locked"), text, StringComparison.Ordinal);
            Assert.Contains(UiResources.Text("uk", "Public.TryAgainHours").Replace("{0}", "2", StringComparison.Ordinal), text, StringComparison.Ordinal);
            lockedAnswers.Add(text);
        }

        Assert.Single(lockedAnswers.Distinct(StringComparer.Ordinal));
        // Another case is not held up by the guesses at this one.
        Assert.Equal("received", ShownStatus((await CheckAsync(family, otherReference, otherCode)).Html));

        app.Factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("received", ShownStatus((await CheckAsync(family, reference, code)).Html));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_filing_and_status_check_is_audited_as_the_public_form_without_names_or_the_code(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var before = await AuditTestKit.LastSequenceAsync(app);
        var (reference, code) = await FileValidAsync(family, "Гончаренко");
        await CheckAsync(family, reference, code);
        await CheckAsync(family, reference, WrongCode(code));
        await CheckAsync(family, "ENQ-NOT-A-REF", code);

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 4);
        var filing = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryCreate);
        Assert.StartsWith("POST /enquire", filing.Entry.Request, StringComparison.Ordinal);
        var checks = entries.Where(e => e.Entry.Action == AuditActions.EnquiryPublicStatus).ToList();
        Assert.Equal(3, checks.Count);
        Assert.Contains(checks, e => e.Entry.Summary.Contains("answered received", StringComparison.Ordinal));
        Assert.Contains(checks, e => e.Entry.Summary.Contains("wrong code", StringComparison.Ordinal));
        Assert.Contains(checks, e => e.Entry.Summary.Contains("not a case reference", StringComparison.Ordinal));
        foreach (var (entry, persons) in entries.Where(e => e.Entry.Action is AuditActions.EnquiryCreate or AuditActions.EnquiryPublicStatus))
        {
            Assert.Equal(Actor.PublicEnquiryForm.UserName, entry.UserName);
            Assert.Empty(persons);
            // No reference or code in the request line: both travel only in the posted form.
            Assert.DoesNotContain(reference, entry.Request, StringComparison.Ordinal);
            foreach (var secret in new[] { "Гончаренко", "Коваленко Галина", code, FamilyAccessCode.Normalise(code) })
            {
                Assert.DoesNotContain(secret, entry.Summary, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, entry.Request, StringComparison.Ordinal);
            }
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_public_pages_search_no_names_and_take_no_answer_from_the_address(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var (reference, code) = await FileValidAsync(family, "Литвиненко");

        string[] queries = ["?q=Литвиненко", "?name=Литвиненко", "?surname=Литвиненко", "?soughtSurname=Литвиненко", "?search=Lytvynenko",
            $"?reference={reference}&code={code}"];
        foreach (var path in new[] { FilingPath, StatusPath })
        {
            foreach (var query in queries)
            {
                var (response, html) = await family.GetPageAsync(path + query);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.DoesNotContain("Литвиненко", html, StringComparison.Ordinal);
                Assert.DoesNotContain("Lytvynenko", HtmlPage.VisibleText(html), StringComparison.Ordinal);
                Assert.Null(ShownStatus(html));
            }
        }

        // A reference and a code in the address are not read even on a post: only the form's fields count.
        var (_, page) = await family.GetPageAsync(StatusPath);
        var (viaQuery, viaQueryHtml) = await family.PostFormAsync($"{StatusPath}?reference={reference}&code={code}", page, []);
        Assert.Equal(HttpStatusCode.OK, viaQuery.StatusCode);
        Assert.Null(ShownStatus(viaQueryHtml));

        // No handler of the public pages takes a parameter on GET, nor a property bound on GET, so none can search.
        foreach (var model in new[] { typeof(Kinlink.Web.Pages.Enquire.IndexModel), typeof(Kinlink.Web.Pages.Enquire.StatusModel) })
        {
            Assert.All(model.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)), m => Assert.Empty(m.GetParameters()));
            Assert.DoesNotContain(model.GetProperties(), p => p.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true);
            Assert.Null(model.GetCustomAttribute<BindPropertiesAttribute>());
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_public_pages_show_no_staff_navigation_even_to_staff_and_forms_carry_antiforgery_and_no_code_autocomplete(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var caseworker = app.Browser("caseworker");
        using var family = app.Anonymous();
        foreach (var client in new[] { caseworker, family })
        {
            foreach (var path in new[] { FilingPath, StatusPath })
            {
                var (response, html) = await client.GetPageAsync(path.WithCulture("uk"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.DoesNotContain("class=\"main-nav\"", html, StringComparison.Ordinal);
                Assert.DoesNotContain("account-bar", html, StringComparison.Ordinal);
                Assert.DoesNotContain("/Registry/", html, StringComparison.Ordinal);
                Assert.DoesNotContain("/Account/SignOut", html, StringComparison.Ordinal);
                Assert.NotEmpty(HtmlPage.AntiforgeryToken(html));
                // The language switch keeps the reader on the page, without script.
                Assert.Contains($"href=\"{path}?culture=ru\"", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            }
        }

        var (_, status) = await family.GetPageAsync(StatusPath);
        Assert.Equal("off", HtmlPage.Attribute(HtmlPage.ControlTag(status, "code")!, "autocomplete"));
        Assert.Equal("off", HtmlPage.Attribute(HtmlPage.ControlTag(status, "reference")!, "autocomplete"));

        // Without the antiforgery token a post is refused and nothing is filed.
        var unprotected = await family.PostAsync(new Uri(FilingPath, UriKind.Relative), new FormUrlEncodedContent(ValidForm()));
        Assert.Equal(HttpStatusCode.BadRequest, unprotected.StatusCode);
        var unprotectedStatus = await family.PostAsync(new Uri(StatusPath, UriKind.Relative), new FormUrlEncodedContent([new("reference", "ENQ-0000-0000"), new("code", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, unprotectedStatus.StatusCode);
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.Enquiries.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_public_form_may_open_an_enquiry_but_never_read_one_back(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var family = app.Anonymous();
        var (reference, _) = await FileValidAsync(family);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var enquiries = scope.ServiceProvider.GetRequiredService<EnquiryService>();

        await Assert.ThrowsAsync<ForbiddenException>(() => enquiries.GetAsync(reference, Actor.PublicEnquiryForm));
        await Assert.ThrowsAsync<ForbiddenException>(() => enquiries.ListAsync(new EnquiryQuery(), Actor.PublicEnquiryForm));
        Assert.Equal(reference, (await enquiries.GetAsync(reference, new Actor("caseworker@test.example", null))).Enquiry.Reference.Value);
    }
}
