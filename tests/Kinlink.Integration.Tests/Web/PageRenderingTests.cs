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
    /// <param name="Viewer">Who looks at the page: the administrator, or a party's officer (role@party) for the pages only a party sees.</param>
    private sealed record PageCase(string Url, HttpStatusCode Status, Func<string, string> ExpectedHeading, bool ShowsRecordedText = false, string Viewer = Administrator);

    private const string Administrator = "admin";

    /// <summary>The pages a route of the site serves but this test does not render, each with why.</summary>
    private static readonly IReadOnlyDictionary<string, string> NotRendered = new Dictionary<string, string>
    {
        ["/Language"] = "sets the culture cookie and redirects back; it has no page of its own (LanguageAndErrorPageTests follow it)",
        ["/Account/TwoFactor"] = "shown only between the password and the code of a sign-in; AccountsSignInTests walk through it",
    };

    private static IEnumerable<PageCase> Pages(WebTestData data, string accountEmail, Guid candidate, (string Parcel, string Batch) mail, string message, string judicial, (string Reference, Guid Entry) exchange, Exchanges.DeathPageKit.Seeded deaths, PageRenderingData.Seeded more) =>
    [
        new($"/Admin/Users/Details?email={Uri.EscapeDataString(accountEmail)}", HttpStatusCode.OK, _ => accountEmail),
        new("/Error/404", HttpStatusCode.NotFound, c => UiResources.Text(c, "Error.NotFoundTitle")),
        new($"/Registry/Duplicates/{more.DuplicatePair}", HttpStatusCode.OK, c => UiResources.Text(c, "Duplicates.PairTitle"), ShowsRecordedText: true),
        new($"/Tracing/Enquiries/{data.Enquiry}/Attachments", HttpStatusCode.OK, c => UiResources.Text(c, "Attachments.Title")),
        new($"/Visits/Requests/{more.VisitRequest}", HttpStatusCode.OK, c => Formatted(c, "VisitRequest.Heading", "RU", WebTestData.Hospital)),
        new($"/Visits/Visits/{more.Visit}", HttpStatusCode.OK, c => Formatted(c, "VisitDetails.Heading", WebTestData.Hospital, "Военный госпиталь № 3")),
        new($"/Visits/Visits/{more.Visit}/Results", HttpStatusCode.OK, c => Formatted(c, "VisitResults.Title", more.Visit)),
        new("/Transmissions", HttpStatusCode.OK, c => UiResources.Text(c, "Transmissions.Title"), Viewer: "liaison-officer@UA"),
        new("/Visits/Answers", HttpStatusCode.OK, c => UiResources.Text(c, "VisitAnswers.Title"), Viewer: "liaison-officer@RU"),
        new($"/Visits/Answers/{more.VisitRequest}", HttpStatusCode.OK, c => Formatted(c, "VisitRequest.Heading", "RU", WebTestData.Hospital), Viewer: "liaison-officer@RU"),
        new("/Mail/Authority", HttpStatusCode.OK, c => UiResources.Text(c, "MailAuthority.Title"), Viewer: "liaison-officer@RU"),
        new($"/Mail/Authority/{mail.Parcel}", HttpStatusCode.OK, c => Formatted(c, "MailAuthority.ItemHeading", UiResources.Text(c, "MailAuthority.Kind.parcel"), "\u0001").Split('\u0001')[0], Viewer: "liaison-officer@RU"),
        new("/Deaths/Received", HttpStatusCode.OK, c => UiResources.Text(c, "Deaths.ReceivedTitle"), Viewer: "liaison-officer@UA"),
        new($"/Deaths/Received/{deaths.Death}", HttpStatusCode.OK, c => string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(c, "Deaths.Notification"), deaths.Death), Viewer: "liaison-officer@UA"),
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
        // The engine's verdicts are translated; its note under each (the forms it compared) is English, marked lang="en".
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
        // The engine's note under each verdict on a candidate is English (lang="en"), as on the review and pair pages.
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
        var more = await PageRenderingData.SeedAsync(app, data);
        var viewers = new Dictionary<string, HttpClient> { [Administrator] = client };

        foreach (var page in Pages(data, admin.Email, candidate, mail, message, judicial, exchange, deaths, more))
        {
            var url = page.Url.WithCulture(culture);
            if (!viewers.TryGetValue(page.Viewer, out var viewer))
            {
                var (role, party) = (page.Viewer.Split('@')[0], page.Viewer.Split('@')[1]);
                viewers[page.Viewer] = viewer = app.Browser(role, party);
            }

            var (response, html) = await viewer.GetPageAsync(url);
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

            problems.AddRange(NamesWithoutLatinReading(html).Select(name => $"{url}: the name \"{name}\" has no Latin reading beside it"));
            var text = HtmlPage.VisibleText(html);
            problems.AddRange(RawKeys(text).Select(key => $"{url}: shows the resource key {key} instead of its text"));
            if (culture != "en" && !page.ShowsRecordedText)
            {
                // What stands in <code> is an identifier a user types or copies (a file's column names, a token), the same in every language.
                var uiText = HtmlPage.VisibleText(Regex.Replace(html, @"<code\b.*?</code>", " ", RegexOptions.Singleline));
                problems.AddRange(EnglishLeftIn(uiText, culture).Select(english => $"{url}: English text \"{english}\" on the {culture} page"));
            }
        }

        foreach (var viewer in viewers.Values.Where(v => v != client))
        {
            viewer.Dispose();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Every page a route of the site serves is rendered above (or listed in <see cref="NotRendered"/> with its reason), so a
    /// page added later cannot go unchecked in Ukrainian and Russian: each URL of the list is routed to its page the way
    /// routing does it, the most specific template first.
    /// </summary>
    [Fact]
    public async Task Every_page_of_the_site_is_in_the_rendering_test()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var pages = AppPages.Templates(app.Factory.Services);
        Assert.Contains(pages, p => p.Page == "/Registry/Persons/Details");
        var urls = Pages(new WebTestData("KL-AAAA-AAAA", "KL-BBBB-BBBB", "KL-CCCC-CCCC") { Enquiry = "ENQ-AAAA-AAAA" }, "someone@test.example", Guid.Empty, ("PCL-AAAA-AAAA", "BAT-AAAA-AAAA"),
            "MSG-AAAA-AAAA", "JUD-AAAA-AAAA", ("EXC-AAAA-AAAA", Guid.Empty), new Exchanges.DeathPageKit.Seeded("KL-DDDD-DDDD", "DTH-AAAA-AAAA", "PKT-AAAA-AAAA", "MED-AAAA-AAAA"),
            new PageRenderingData.Seeded("VIS-AAAA-AAAA", "VRQ-AAAA-AAAA", Guid.Empty)).Select(p => p.Url);
        var rendered = urls.Select(url => AppPages.PageFor(pages, url)).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var missing = pages.Select(p => p.Page).Distinct().Where(page => !rendered.Contains(page) && !NotRendered.ContainsKey(page)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Pages no URL of the rendering test reaches: {string.Join(", ", missing)}");
        var stale = NotRendered.Keys.Where(page => !pages.Any(p => p.Page == page)).ToList();
        Assert.True(stale.Count == 0, $"Listed as not rendered but no longer a page: {string.Join(", ", stale)}");
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

    /// <summary>
    /// Where a caseworker decides on one pair, the engine's verdict per field and its prior are in the reader's language;
    /// the engine's own note under each verdict, which names the forms compared, is English and marked so.
    /// </summary>
    [Fact]
    public async Task The_engines_reasons_are_given_in_the_language_of_the_reader()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var data = await WebTestData.SeedAsync(app);
        var candidate = await ProposedCandidateAsync(app);
        var more = await PageRenderingData.SeedAsync(app, data);
        using var client = app.Browser("caseworker");
        var surnameAgrees = $"{UiResources.Text("uk", "MatchField.Surname")}: {UiResources.Text("uk", "MatchLevel.exact")}";

        var (_, review) = await client.GetPageAsync($"/Tracing/Review/{candidate}?culture=uk");
        Assert.Contains(surnameAgrees, HtmlPage.VisibleText(review), StringComparison.Ordinal);
        Assert.Matches(@"<span class=""secondary"" lang=""en"">surname: ", review);
        Assert.Contains(UiResources.Text("uk", "Persons.Matches.Prior").Split('{')[0], HtmlPage.VisibleText(review), StringComparison.Ordinal);

        var (_, pair) = await client.GetPageAsync($"/Registry/Duplicates/{more.DuplicatePair}?culture=ru");
        Assert.Contains($"{UiResources.Text("ru", "MatchField.Surname")}: {UiResources.Text("ru", "MatchLevel.exact")}", HtmlPage.VisibleText(pair), StringComparison.Ordinal);
        Assert.DoesNotContain("prior: one record", HtmlPage.VisibleText(pair), StringComparison.Ordinal);
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

    /// <summary>Names in Cyrillic shown (as the name display marks them) without their Latin reading right after them.</summary>
    internal static IEnumerable<string> NamesWithoutLatinReading(string html) =>
        Regex.Matches(html, @"<span class=""name"" translate=""no""[^>]*>(?<name>[^<]*)</span>(?<latin>\s*<span class=""latin"")?")
            .Where(m => !m.Groups["latin"].Success && Regex.IsMatch(m.Groups["name"].Value, @"\p{IsCyrillic}"))
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value))
            .Distinct();

    /// <summary>A key printed instead of its text looks like Area.Name, with an area the resource files use.</summary>
    internal static IEnumerable<string> RawKeys(string text)
    {
        var areas = UiResources.English.Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct();
        var pattern = $@"(?<![\p{{L}}.])(?:{string.Join('|', areas.Select(Regex.Escape))})\.[A-Za-z][\w-]*";
        return Regex.Matches(text, pattern).Select(m => m.Value).Distinct();
    }

    /// <summary>A heading made from a resource with its placeholders filled, as the page fills them.</summary>
    private static string Formatted(string culture, string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, UiResources.Text(culture, key), values);

    private static string Placeholders(string value) =>
        string.Join(',', Regex.Matches(value, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
