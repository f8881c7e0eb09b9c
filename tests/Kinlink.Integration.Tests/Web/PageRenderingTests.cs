using System.Net;
using System.Text.RegularExpressions;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Web;

/// <summary>
/// Every page of the web UI, in each language: it renders, its html lang follows the culture, its heading is
/// the translated one, and no English UI text or raw resource key is left on a Ukrainian or Russian page.
/// </summary>
public sealed class PageRenderingTests
{
    /// <param name="ShowsRecordedText">The page shows text recorded in English (the audit trail's summaries and field codes): its UI is checked, not that data.</param>
    private sealed record PageCase(string Url, HttpStatusCode Status, Func<string, string> ExpectedHeading, bool ShowsRecordedText = false);

    private static IEnumerable<PageCase> Pages(WebTestData data, string accountEmail, Guid candidate, (string Parcel, string Batch) mail, string message, string judicial, (string Reference, Guid Entry) exchange, Exchanges.DeathPageKit.Seeded deaths) =>
    [
        new("/Account/SignIn", HttpStatusCode.OK, c => UiResources.Text(c, "Account.SignInTitle")),
        new("/Account/SignOut", HttpStatusCode.OK, c => UiResources.Text(c, "Account.SignOutTitle")),
        new("/Account/TwoFactorSetup", HttpStatusCode.OK, c => UiResources.Text(c, "Account.TwoFactorSetupTitle")),
        new("/Account/ChangePassword", HttpStatusCode.OK, c => UiResources.Text(c, "Account.ChangePasswordTitle")),
        new("/Admin/Users", HttpStatusCode.OK, c => UiResources.Text(c, "Users.Title")),
        new("/Admin/Users/New", HttpStatusCode.OK, c => UiResources.Text(c, "UserNew.Title")),
        new($"/Admin/Audit?person={data.Kovalenko}", HttpStatusCode.OK, c => UiResources.Text(c, "Audit.Title"), ShowsRecordedText: true),
        new("/Admin/Audit", HttpStatusCode.OK, c => UiResources.Text(c, "Audit.Title"), ShowsRecordedText: true),
        new("/Admin/Audit?from=2099-01-01", HttpStatusCode.OK, c => UiResources.Text(c, "Audit.Title")),
        new($"/Admin/Users/ResetPassword?email={Uri.EscapeDataString(accountEmail)}", HttpStatusCode.OK, c => UiResources.Text(c, "ResetPassword.Title")),
        new("/", HttpStatusCode.OK, c => UiResources.Text(c, "Home.Title")),
        new("/Registry/Persons", HttpStatusCode.OK, c => UiResources.Text(c, "Persons.Title")),
        new("/Registry/Persons?name=kovalenko&party=UA&status=in-hospital", HttpStatusCode.OK, c => UiResources.Text(c, "Persons.Title")),
        new($"/Registry/Persons/{data.Kovalenko}", HttpStatusCode.OK, _ => $"{WebTestData.KovalenkoName} {WebTestData.KovalenkoLatin}"),
        new($"/Registry/Persons/{data.Ivanov}", HttpStatusCode.OK, _ => WebTestData.IvanovName),
        new("/Registry/Persons/New", HttpStatusCode.OK, c => UiResources.Text(c, "PersonNew.Title")),
        new($"/Registry/Persons/{data.Kovalenko}/Edit", HttpStatusCode.OK, c => UiResources.Text(c, "PersonEdit.Heading")),
        new($"/Registry/Persons/{data.Kovalenko}/Events/New", HttpStatusCode.OK, c => UiResources.Text(c, "EventNew.Heading")),
        new("/Registry/Places", HttpStatusCode.OK, c => UiResources.Text(c, "Places.Title")),
        new("/Registry/Places?party=RU&open=open", HttpStatusCode.OK, c => UiResources.Text(c, "Places.Title")),
        new($"/Registry/Places/{WebTestData.Colony}", HttpStatusCode.OK, _ => "Исправительная колония № 10"),
        new("/Registry/Imports", HttpStatusCode.OK, c => UiResources.Text(c, "Imports.Title")),
        new("/Registry/HealthNews", HttpStatusCode.OK, c => UiResources.Text(c, "HealthNews.Title")),
        new("/Transmissions/Overview", HttpStatusCode.OK, c => UiResources.Text(c, "TransmissionsOverview.Title")),
        new("/Registry/Duplicates", HttpStatusCode.OK, c => UiResources.Text(c, "Duplicates.Title")),
        new("/Visits/Visits", HttpStatusCode.OK, c => UiResources.Text(c, "VisitList.Title")),
        new("/Visits/Visits/New", HttpStatusCode.OK, c => UiResources.Text(c, "VisitNew.Title")),
        new("/Visits/Visits/VIS-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Visits/FollowUps", HttpStatusCode.OK, c => UiResources.Text(c, "VisitFollowUps.Title")),
        new("/Registry/Duplicates?state=dismissed", HttpStatusCode.OK, c => UiResources.Text(c, "Duplicates.Title")),
        new("/Transmissions/Overview?party=UA&page=1", HttpStatusCode.OK, c => UiResources.Text(c, "TransmissionsOverview.Title")),
        new("/Tracing/Enquiries", HttpStatusCode.OK, c => UiResources.Text(c, "Enquiries.Title")),
        new("/Tracing/Enquiries?q=kovalenko&status=located", HttpStatusCode.OK, c => UiResources.Text(c, "Enquiries.Title")),
        new("/Tracing/Enquiries/New", HttpStatusCode.OK, c => UiResources.Text(c, "EnquiryNew.Title")),
        new($"/Tracing/Enquiries/{data.Enquiry}", HttpStatusCode.OK, _ => "Коваленко Олександр Миколайович"),
        new($"/Tracing/Enquiries/{data.Enquiry}/Letter?template=person-alive", HttpStatusCode.OK, _ => "Ваш запит про розшук"),
        new("/Tracing/Enquiries/ENQ-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Tracing/Review", HttpStatusCode.OK, c => UiResources.Text(c, "Review.Title")),
        new("/Tracing/Review?state=rejected", HttpStatusCode.OK, c => UiResources.Text(c, "Review.Title")),
        // The engine's explanation lines are English (lang="en"), as on the duplicate pair page.
        new($"/Tracing/Review/{candidate}", HttpStatusCode.OK, c => UiResources.Text(c, "Review.CandidateTitle"), ShowsRecordedText: true),
        new("/Visits", HttpStatusCode.OK, c => UiResources.Text(c, "VisitRequests.Title")),
        new("/Visits?party=RU&status=awaiting-answer&overdue=true", HttpStatusCode.OK, c => UiResources.Text(c, "VisitRequests.Title")),
        new("/Visits/Requests/New", HttpStatusCode.OK, c => UiResources.Text(c, "VisitRequestNew.Title")),
        new("/Visits/Requests/VRQ-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/enquire", HttpStatusCode.OK, c => UiResources.Text(c, "Enquire.Title")),
        new("/enquire/status", HttpStatusCode.OK, c => UiResources.Text(c, "Status.Title")),
        new("/Registry/Persons/KL-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new($"/Registry/Places/NO-SUCH-PLACE", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/no/such/page", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Visits/Coverage", HttpStatusCode.OK, c => UiResources.Text(c, "VisitCoverage.Title")),
        new("/Visits/Coverage/Overdue?party=RU", HttpStatusCode.OK, c => UiResources.Text(c, "VisitOverdue.Title")),
        new("/Mail/Parcels", HttpStatusCode.OK, c => UiResources.Text(c, "Parcels.Title")),
        new("/Mail/Parcels?status=cleared&refused=true", HttpStatusCode.OK, c => UiResources.Text(c, "Parcels.Title")),
        new("/Mail/Parcels/New", HttpStatusCode.OK, c => UiResources.Text(c, "Parcels.New")),
        // The trail's notes are written by the domain in English (as the audit trail's summaries are).
        new($"/Mail/Parcels/{mail.Parcel}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Parcels.Parcel"), mail.Parcel), ShowsRecordedText: true),
        new("/Mail/Parcels/PCL-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Mail/Batches", HttpStatusCode.OK, c => UiResources.Text(c, "MailBatches.Title")),
        new($"/Mail/Batches/{mail.Batch}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "MailBatches.Batch"), mail.Batch)),
        new($"/Mail/Batches/{mail.Batch}/Manifest", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "MailBatches.ManifestTitle"), mail.Batch)),
        new("/Mail/Batches/BAT-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Mail/Routing", HttpStatusCode.OK, c => UiResources.Text(c, "MailRouting.Title")),
        new($"/Visits/Sheet/{WebTestData.Colony}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "VisitSheet.Title"), WebTestData.Colony)),
        new("/Visits/Sheet/NO-SUCH-PLACE", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Mail/Reports", HttpStatusCode.OK, c => UiResources.Text(c, "MailReports.Title")),
        new("/Mail/Reports/Quotas?party=RU&month=2026-11", HttpStatusCode.OK, c => UiResources.Text(c, "MailQuotas.Title")),
        new("/Mail/Index", HttpStatusCode.OK, c => UiResources.Text(c, "MailIndex.Title")),
        new("/Mail/Index?status=received&open=true&direction=to-detainee", HttpStatusCode.OK, c => UiResources.Text(c, "MailIndex.Title")),
        new("/Mail/Messages/New", HttpStatusCode.OK, c => UiResources.Text(c, "MessageNew.Title")),
        new($"/Mail/Messages/New?person={data.Kovalenko}", HttpStatusCode.OK, c => UiResources.Text(c, "MessageNew.Title")),
        // The trail's notes ("routed", "passed") are recorded in English, as the audit's summaries are.
        new($"/Mail/Messages/{message}", HttpStatusCode.OK, c => UiResources.Text(c, "MessageKind.red-cross-message"), ShowsRecordedText: true),
        new("/Mail/Messages/MSG-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Exchanges/Judicial", HttpStatusCode.OK, c => UiResources.Text(c, "Judicial.Title")),
        new("/Exchanges/Judicial?stage=charged&pending=true&party=RU", HttpStatusCode.OK, c => UiResources.Text(c, "Judicial.Title")),
        new("/Exchanges/Judicial/New", HttpStatusCode.OK, c => UiResources.Text(c, "Judicial.New")),
        new($"/Exchanges/Judicial/New?person={data.Kovalenko}", HttpStatusCode.OK, c => UiResources.Text(c, "Judicial.New")),
        new($"/Exchanges/Judicial/{judicial}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Judicial.Proceeding"), judicial)),
        new("/Exchanges/Judicial/JUD-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Exchanges/Families", HttpStatusCode.OK, c => UiResources.Text(c, "Families.Title")),
        new("/Exchanges", HttpStatusCode.OK, c => UiResources.Text(c, "Exchanges.Title")),
        new("/Exchanges?status=preparing&party=RU", HttpStatusCode.OK, c => UiResources.Text(c, "Exchanges.Title")),
        new("/Reports", HttpStatusCode.OK, c => UiResources.Text(c, "Reports.Title")),
        new("/Reports/Parties/RU", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "PartySummary.Title"), "Russian Federation")),
        new("/Reports/Parties/XX", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Tracing/Enquiries?minAge=3&status=located", HttpStatusCode.OK, c => UiResources.Text(c, "Enquiries.Title")),
        new("/Exchanges/New", HttpStatusCode.OK, c => UiResources.Text(c, "Exchanges.NewTitle")),
        new($"/Exchanges/{exchange.Reference}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Exchanges.DetailsTitle"), exchange.Reference)),
        // The candidates' explanations are the matching engine's, written in English as the audit's summaries are.
        new($"/Exchanges/{exchange.Reference}/Entries/{exchange.Entry}", HttpStatusCode.OK, c => UiResources.Text(c, "Exchanges.EntryTitle").Split('{')[0], ShowsRecordedText: true),
        new($"/Exchanges/{exchange.Reference}/Execute", HttpStatusCode.OK, c => UiResources.Text(c, "Exchanges.ExecuteTitle")),
        new("/Exchanges/EXC-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Deaths", HttpStatusCode.OK, c => UiResources.Text(c, "Deaths.Title")),
        new("/Deaths?status=transmitted&party=UA&notTransmitted=true", HttpStatusCode.OK, c => UiResources.Text(c, "Deaths.Title")),
        new($"/Deaths/New?person={deaths.Person}", HttpStatusCode.OK, c => UiResources.Text(c, "Deaths.New")),
        new($"/Deaths/{deaths.Death}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Deaths.Notification"), deaths.Death)),
        new($"/Deaths/{deaths.Death}/Print", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Deaths.PrintTitle"), deaths.Death)),
        new($"/Deaths/{deaths.Death}/Correct", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Deaths.CorrectTitle"), deaths.Death)),
        new("/Deaths/DTH-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new("/Deaths/Packets", HttpStatusCode.OK, c => UiResources.Text(c, "Packets.Title")),
        new("/Deaths/Packets?status=held", HttpStatusCode.OK, c => UiResources.Text(c, "Packets.Title")),
        new($"/Deaths/Packets/New?person={deaths.Person}&death={deaths.Death}", HttpStatusCode.OK, c => UiResources.Text(c, "Packets.New")),
        new($"/Deaths/Packets/{deaths.Packet}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Packets.Packet"), deaths.Packet)),
        new($"/Deaths/Packets/{deaths.Packet}/Print", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Packets.PrintTitle"), deaths.Packet)),
        new("/Exchanges/Medical", HttpStatusCode.OK, c => UiResources.Text(c, "Medical.Title")),
        new("/Exchanges/Medical?overdue=true&status=decided", HttpStatusCode.OK, c => UiResources.Text(c, "Medical.Title")),
        new($"/Exchanges/Medical/New?person={deaths.Person}", HttpStatusCode.OK, c => UiResources.Text(c, "Medical.New")),
        new($"/Exchanges/Medical/{deaths.MedicalCase}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Medical.Case"), deaths.MedicalCase)),
        new($"/Exchanges/Medical/{deaths.MedicalCase}/Certificate", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Medical.CertificateTitle"), deaths.MedicalCase)),
        new("/Exchanges/Medical/MED-0000-0000", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
    ];

    /// <summary>A proceeding against the seeded Коваленко with its trial set, so the proceeding's page shows its dates and forms.</summary>
    private static async Task<string> JudicialAsync(AppFixture app, WebTestData data)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<Data.Exchanges.JudicialService>();
        var actor = new Domain.Common.Actor("caseworker@test.example", null);
        var opened = await service.OpenAsync(new Data.Exchanges.JudicialInput { Person = data.Kovalenko, ProsecutingParty = "RU", Charges = "Шпигунство", Court = "Військовий суд" }, actor);
        await service.ScheduleTrialAsync(opened.Summary.Reference, new Data.Exchanges.JudicialTrialInput { TrialDate = "2026-12-05", Place = "Ростов", Version = 0 }, actor);
        return opened.Summary.Reference;
    }

    /// <summary>A message to the seeded Коваленко, so the message's page has something to show.</summary>
    private static async Task<string> MessageAsync(AppFixture app, WebTestData data)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<Data.Mail.MessageService>().CreateAsync(new Data.Mail.MessageInput
        {
            Kind = "red-cross-message", Direction = "to-detainee", Person = data.Kovalenko, CorrespondentName = "Коваленко Марія", Language = "uk", Text = "Ми живі.",
        }, new Domain.Common.Actor("caseworker@test.example", null));
        return message.Reference;
    }

    /// <summary>An enquiry for the seeded Коваленко with a candidate proposed for it, whatever matching found.</summary>
    private static async Task<Guid> ProposedCandidateAsync(AppFixture app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var enquiry = await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryService>().CreateAsync(
            System.Text.Json.JsonSerializer.Deserialize<Data.Tracing.EnquiryInput>(Tracing.EnquiryTestKit.ValidBody(), System.Text.Json.JsonSerializerOptions.Web)!, Domain.Common.Actor.System);
        var person = await scope.ServiceProvider.GetRequiredService<Data.Registry.PersonService>().RegisterAsync(
            new Data.Registry.PersonInput { Category = "pow", Surname = "Коваленко", GivenName = "Олександр", Patronymic = "Миколайович", DateOfBirth = "1994-03-12" }, Domain.Common.Actor.System);
        var candidates = await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryReviewService>().CandidatesOfAsync(enquiry.Enquiry.Reference.Value, Domain.Common.Actor.System);
        return candidates.Count > 0 ? candidates[0].Candidate.Id.Value : await Tracing.CandidateTestKit.ProposeAsync(scope.ServiceProvider, enquiry.Enquiry.Id, person.Id);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task Every_page_renders_in_the_chosen_language_with_nothing_left_untranslated(string culture)
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        // A real administrator account, so the pages that load the signed-in account (two-factor, password) render too.
        var admin = await Access.AccountsTestKit.CreateAccountAsync(app, "pages.admin@test.example", "admin");
        using var client = app.Browser("admin", userId: admin.Id);
        var problems = new List<string>();
        var candidate = await ProposedCandidateAsync(app);
        var mail = await Mail.ParcelTestKit.PageDataAsync(app, data.Kovalenko, WebTestData.Hospital);
        var message = await MessageAsync(app, data);
        var judicial = await JudicialAsync(app, data);
        var exchange = await Exchanges.ExchangeTestKit.PageDataAsync(app, data.Kovalenko);
        var deaths = await Exchanges.DeathPageKit.SeedAsync(app, WebTestData.Colony);

        foreach (var page in Pages(data, admin.Email, candidate, mail, message, judicial, exchange, deaths))
        {
            var url = page.Url.WithCulture(culture);
            var (response, html) = await client.GetPageAsync(url);
            if (response.StatusCode != page.Status)
            {
                problems.Add($"{url}: status {(int)response.StatusCode}, expected {(int)page.Status}");
                continue;
            }

            if (HtmlPage.HtmlLang(html) != culture)
            {
                problems.Add($"{url}: <html lang=\"{HtmlPage.HtmlLang(html)}\">, expected {culture}");
            }

            var heading = HtmlPage.H1(html);
            var expectedHeading = page.ExpectedHeading(culture);
            if (!heading.StartsWith(expectedHeading, StringComparison.Ordinal))
            {
                problems.Add($"{url}: heading \"{heading}\", expected it to start with \"{expectedHeading}\"");
            }

            if (!HtmlPage.Title(html).EndsWith("– Kinlink", StringComparison.Ordinal) || HtmlPage.Title(html).Length <= "– Kinlink".Length + 1)
            {
                problems.Add($"{url}: title \"{HtmlPage.Title(html)}\" does not name the page");
            }

            var text = HtmlPage.VisibleText(html);
            problems.AddRange(RawKeys(text).Select(key => $"{url}: shows the resource key {key} instead of its text"));
            if (culture != "en" && !page.ShowsRecordedText)
            {
                problems.AddRange(EnglishLeftIn(text, culture).Select(english => $"{url}: English text \"{english}\" on the {culture} page"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Pages_show_the_registry_data_in_the_language_of_the_reader()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        using var client = app.Browser();

        var (_, person) = await client.GetPageAsync($"/Registry/Persons/{data.Kovalenko}?culture=uk");
        var text = HtmlPage.VisibleText(person);
        Assert.Contains(UiResources.Text("uk", "Status.in-hospital"), text, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("uk", "Category.pow"), text, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("uk", "Event.captured"), text, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("uk", "Event.hospitalised"), text, StringComparison.Ordinal);
        Assert.Contains("осколкові поранення", text, StringComparison.Ordinal);
        // The name as written, marked with its language, and its Latin reading beside it.
        Assert.Contains($"<span class=\"name\" translate=\"no\" lang=\"uk\">{WebTestData.KovalenkoName}</span>", person, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"latin\" translate=\"no\" lang=\"uk-Latn\">{WebTestData.KovalenkoLatin}</span>", person, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Registry/Places/{WebTestData.Hospital}\"", person, StringComparison.Ordinal);

        // Full dates follow the culture (the health news due a week after 2026-11-15); partial dates stay as written.
        var (_, worklist) = await client.GetPageAsync("/Registry/HealthNews?culture=ru");
        var worklistText = HtmlPage.VisibleText(worklist);
        Assert.Contains("22.11.2026", worklistText, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("ru", "HealthNews.Overdue"), worklistText, StringComparison.Ordinal);
        Assert.Contains(WebTestData.KovalenkoName, worklistText, StringComparison.Ordinal);
        var (_, worklistEn) = await client.GetPageAsync("/Registry/HealthNews?culture=en");
        Assert.Contains("11/22/2026", HtmlPage.VisibleText(worklistEn), StringComparison.Ordinal);

        var (_, search) = await client.GetPageAsync("/Registry/Persons?name=Ivanov&culture=ru");
        var searchText = HtmlPage.VisibleText(search);
        Assert.Contains(WebTestData.IvanovName, searchText, StringComparison.Ordinal);
        Assert.Contains("1990", searchText, StringComparison.Ordinal);
        Assert.DoesNotContain(WebTestData.KovalenkoName, searchText, StringComparison.Ordinal);
        Assert.Contains(UiResources.Text("ru", "Paging.PageOf").Replace("{0}", "1", StringComparison.Ordinal).Replace("{1}", "1", StringComparison.Ordinal), searchText, StringComparison.Ordinal);

        var (_, place) = await client.GetPageAsync($"/Registry/Places/{WebTestData.Colony}?culture=en");
        var placeText = HtmlPage.VisibleText(place);
        Assert.Contains("Held here now: 0", placeText, StringComparison.Ordinal);
        Assert.Contains("Held here before: 1", placeText, StringComparison.Ordinal);
        Assert.Contains(data.Kovalenko, placeText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_English_resource_has_a_Ukrainian_and_a_Russian_translation()
    {
        var english = UiResources.English;
        Assert.NotEmpty(english);
        foreach (var culture in new[] { "uk", "ru" })
        {
            var translation = UiResources.For(culture);
            var missing = english.Keys.Where(k => !translation.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
            var extra = translation.Keys.Except(english.Keys).ToList();
            Assert.True(missing.Count == 0, $"Missing or empty in SharedResource.{culture}.resx: {string.Join(", ", missing)}");
            Assert.True(extra.Count == 0, $"In SharedResource.{culture}.resx but not in English: {string.Join(", ", extra)}");
            var placeholders = english.Keys.Where(k => Placeholders(english[k]) != Placeholders(translation[k])).ToList();
            Assert.True(placeholders.Count == 0, $"Placeholders differ in SharedResource.{culture}.resx: {string.Join(", ", placeholders)}");
        }
    }

    /// <summary>English values (parts between placeholders) of four letters or more that the translation changes, found as whole words.</summary>
    internal static IEnumerable<string> EnglishLeftIn(string text, string culture)
    {
        var translation = UiResources.For(culture);
        foreach (var (key, english) in UiResources.English)
        {
            if (translation.TryGetValue(key, out var translated) && translated == english)
            {
                continue; // the same in both languages (language names)
            }

            foreach (var part in Regex.Split(english, @"\{\d+\}").Select(p => p.Trim()))
            {
                if (part.Count(char.IsLetter) >= 4 && Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(part)}(?!\p{{L}})"))
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>A key printed instead of its text looks like Area.Name, with an area the resource files use.</summary>
    internal static IEnumerable<string> RawKeys(string text)
    {
        var areas = UiResources.English.Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct();
        var pattern = $@"(?<![\p{{L}}.])(?:{string.Join('|', areas.Select(Regex.Escape))})\.[A-Za-z][\w-]*";
        return Regex.Matches(text, pattern).Select(m => m.Value).Distinct();
    }

    private static string Placeholders(string value) =>
        string.Join(',', Regex.Matches(value, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
