using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>
/// Runs every cell of route-matrix.tsv (route × principal) against the real app and compares the answer with the
/// hand-written expectation; every mismatch is reported at once, in one table.
/// </summary>
public sealed class RouteMatrixTests
{
    [Fact]
    public async Task Every_route_of_the_app_has_a_row_in_the_matrix_and_every_row_a_route()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var routes = await AppRoutes.ReadAsync(app.Factory.Services);
        var matrix = RouteMatrix.Load();
        var rowRoutes = matrix.Rows.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);
        var appRoutes = routes.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = routes.Where(r => !rowRoutes.Contains(r.Key)).ToList();
        var stale = matrix.Rows.Where(r => !appRoutes.Contains(r.Route)).ToList();

        var message = new StringBuilder();
        if (missing.Count > 0)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"{missing.Count} route(s) of the app have no row in {RouteMatrix.FilePath}. Add these rows, with a concrete request");
            message.AppendLine("(placeholders such as {person-ua-held-by-ru} are filled in), a body name (- for none) and allow, deny or hidden in place of each ?:");
            foreach (var route in missing)
            {
                var request = route.PagePath ?? route.Key[(route.Key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                message.AppendLine(string.Join('\t', [route.Key, request, "-", .. matrix.Principals.Select(_ => "?")]));
            }
        }

        foreach (var row in stale)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"{RouteMatrix.FileName}:{row.Line}: '{row.Route}' is not a route of the app any more; remove the row or correct its route.");
        }

        Assert.True(message.Length == 0, message.ToString());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_principal_gets_the_answer_the_matrix_expects_on_every_route(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var matrix = RouteMatrix.Load();
        var world = await MatrixWorld.SeedAsync(app, matrix.Principals);

        var mismatches = new List<string[]>();
        var cells = 0;
        foreach (var row in matrix.Rows)
        {
            async Task<string[]?> RunAsync(string principal)
            {
                using var response = await world.SendAsync(row, principal);
                var outcome = await ClassifyAsync(response, row);
                return outcome == row.Expected[principal] ? null
                    : [row.Line.ToString(CultureInfo.InvariantCulture), row.Route, world.Fill(row.Request), principal, row.Expected[principal], outcome, await DescribeAsync(response)];
            }

            // Reads change nothing, so the principals ask at once; writes go one by one, each on the state the last one left.
            var results = new List<string[]?>();
            if (row.Method == "GET")
            {
                results.AddRange(await Task.WhenAll(matrix.Principals.Select(RunAsync)));
            }
            else
            {
                foreach (var principal in matrix.Principals)
                {
                    results.Add(await RunAsync(principal));
                }
            }

            cells += results.Count;
            mismatches.AddRange(results.OfType<string[]>());
        }

        Assert.True(cells >= matrix.Rows.Count * 10, $"Only {cells} cells were run.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cells} cells differ from {RouteMatrix.FileName}:{Environment.NewLine}"
            + Table(["line", "route", "request", "principal", "expected", "got", "answer"], mismatches));
    }

    /// <summary>
    /// allow: the app answered (2xx, or a redirect that is not to sign in); deny: 401, 403 or sent to sign in; hidden: 404.
    /// A form posted back with its error summary was let in but refused its fields: the matrix's body is at fault, not the access rule.
    /// </summary>
    private static async Task<string> ClassifyAsync(HttpResponseMessage response, RouteMatrixRow row) => (int)response.StatusCode switch
    {
        200 when row.Method == "POST" && row.Route.Contains(" page ", StringComparison.Ordinal)
            && (await response.Content.ReadAsStringAsync()).Contains("class=\"error-summary\"", StringComparison.Ordinal) => "form refused",
        >= 200 and < 300 => "allow",
        >= 300 and < 400 => IsSignInChallenge(response.Headers.Location) ? "deny" : "allow",
        401 or 403 => "deny",
        404 => "hidden",
        var other => $"status {other}",
    };

    /// <summary>The cookie challenge sends a reader to sign in with the address to come back to; a page's own redirect there does not.</summary>
    private static bool IsSignInChallenge(Uri? location) =>
        location?.OriginalString is { } target
        && target.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase)
        && target.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase);

    private static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var description = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        if (response.Headers.Location is { } location)
        {
            return $"{description} -> {location.OriginalString}";
        }

        var body = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings(" ");
        return body.Length == 0 ? description : $"{description} {(body.Length > 160 ? body[..160] + "…" : body)}";
    }

    private static string Table(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join(" | ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        var text = new StringBuilder().AppendLine(Line(header)).AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            text.AppendLine(Line(row));
        }

        return text.ToString();
    }

    /// <summary>The seeded registry, the principals' accounts, and the requests the matrix's rows name.</summary>
    private sealed class MatrixWorld
    {
        private const string PlaceRu = TestRegistry.CampRu;
        private const string PlaceUa = TestRegistry.CampUa;
        private const string CaptureDate = "2025-05-01";
        private const string ManagedAccount = "managed@test.example";
        private const string SignInAccount = "signs-in@test.example";
        private const string TokenToRevoke = "matrix token to revoke";

        private readonly AppFixture app;
        private readonly Dictionary<string, string> placeholders;
        private readonly Dictionary<string, (string Surname, string? DependsOn)> personsByReference;
        private readonly Dictionary<string, Guid> accountIds;
        private int serial;

        private MatrixWorld(AppFixture app, Dictionary<string, string> placeholders, Dictionary<string, (string, string?)> personsByReference, Dictionary<string, Guid> accountIds)
        {
            this.app = app;
            this.placeholders = placeholders;
            this.personsByReference = personsByReference;
            this.accountIds = accountIds;
        }

        public static async Task<MatrixWorld> SeedAsync(AppFixture app, IReadOnlyList<string> principals)
        {
            await TestRegistry.SeedAsync(app.Factory.Services);
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

            async Task<string> Held(string surname, string? dependsOn, string place)
            {
                var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = "Test", DependsOn = dependsOn }, Actor.System);
                await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = CaptureDate, Place = place }, null, Actor.System);
                return person.Reference.Value;
            }

            var ukrainian = await Held("Коваленко", "UA", PlaceRu);
            var foreigner = await Held("Smith", null, PlaceRu);
            using var list = new MemoryStream(Encoding.UTF8.GetBytes($"surname,given_name,depends_on,place,event,event_date\nШевченко,Test,UA,{PlaceRu},captured,{CaptureDate}\n"));
            var import = await imports.ImportPersonsAsync(list, "seed.csv", "RU", "seed list", Actor.System);

            var accountIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
            foreach (var principal in principals.Where(p => p != "anonymous"))
            {
                var (role, party) = RoleAndParty(principal);
                accountIds[principal] = (await accounts.CreateUserAsync($"matrix.{principal.Replace('@', '.')}@test.example".ToLowerInvariant(), role!, party, AccountsTestKit.Password)).Id;
            }

            await accounts.CreateUserAsync(ManagedAccount, "analyst", null, AccountsTestKit.Password);
            await accounts.CreateUserAsync(SignInAccount, "analyst", null, AccountsTestKit.Password);
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(Actor.System, ManagedAccount, TokenToRevoke);

            // The intermediary registered the Ukrainian held by RU, so Kinlink passed the news on to UA.
            var ukrainianId = (await persons.GetAsync(ukrainian, Actor.System)).Person!.Id;
            var enquiry = await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryService>().CreateAsync(
                System.Text.Json.JsonSerializer.Deserialize<Data.Tracing.EnquiryInput>(Tracing.EnquiryTestKit.ValidBody(), System.Text.Json.JsonSerializerOptions.Web)!, Actor.System);
            var candidate = await Tracing.CandidateTestKit.ProposeAsync(scope.ServiceProvider, enquiry.Enquiry.Id, (await persons.GetAsync(foreigner, Actor.System)).Person!.Id);
            var attachment = await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryAttachmentService>().UploadAsync(
                enquiry.Enquiry.Reference.Value, new MemoryStream(Tracing.EnquiryAttachmentTests.Jpeg), "photo.jpg", "photo", null, Actor.System);
            var transmissionToUkraine = await scope.ServiceProvider.GetRequiredService<KinlinkDbContext>().Transmissions.AsNoTracking()
                .Where(t => t.PersonId == ukrainianId).Select(t => t.Id).FirstAsync();

            var placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["{person-ua-held-by-ru}"] = ukrainian,
                ["{person-foreign-held-by-ru}"] = foreigner,
                ["{place-ru}"] = PlaceRu,
                ["{place-ua}"] = PlaceUa,
                ["{import}"] = import.SourceListId!.Value.Value.ToString(),
                ["{account}"] = ManagedAccount,
                ["{transmission-ua}"] = transmissionToUkraine.Value.ToString(),
                ["{enquiry}"] = enquiry.Enquiry.Reference.Value,
                ["{candidate}"] = candidate.ToString(),
                ["{attachment}"] = attachment.Id.ToString(),
                ["{visit-request}"] = await VisitRequestAsync(scope.ServiceProvider, ukrainian, otherDate: false),
            };
            await Visits.VisitMatrixKit.SeedAsync(app.Factory.Services, placeholders);
            await Mail.MailParcelMatrixKit.SeedAsync(app.Factory.Services, placeholders);
            await Mail.MailMatrixKit.SeedAsync(app, placeholders);
            await Mail.MessageMatrixKit.SeedAsync(app.Factory.Services, placeholders);
            await Exchanges.JudicialMatrixKit.SeedAsync(app.Factory.Services, placeholders);
            await Exchanges.ExchangeMatrixKit.SeedAsync(app.Factory.Services, placeholders);
            await Exchanges.DeathMatrixKit.SeedAsync(app.Factory.Services, placeholders);
            var personsByReference = new Dictionary<string, (string, string?)>(StringComparer.Ordinal) { [ukrainian] = ("Коваленко", "UA"), [foreigner] = ("Smith", null) };
            return new MatrixWorld(app, placeholders, personsByReference, accountIds);
        }

        /// <summary>
        /// A decision can be taken once, so each request about a pair gets a pair of its own: {new-pair} an open one,
        /// {new-merged-pair} and {new-merge} a merged one (the pair and its merge).
        /// </summary>
        private async Task<string> WithFreshDuplicatesAsync(string request)
        {
            if (!request.Contains("{new-", StringComparison.Ordinal))
            {
                return request;
            }

            await using var scope = app.Factory.Services.CreateAsyncScope();
            var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
            var surname = Syllables(Interlocked.Increment(ref serial)) + "enko";
            var ids = new List<PersonId>();
            foreach (var source in new[] { "list", "registration" })
            {
                var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = surname, GivenName = "Oleksandr", DateOfBirth = "1991-04-05", Sex = "M", Rank = source }, Actor.System);
                ids.Add(person.Id);
            }

            // The pair is stored as a scan would store it; the scan itself is tested in Duplicates/, this table tests who may decide.
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var pair = Data.Registry.Duplicates.DuplicatePair.Found(ids[0], ids[1], 12.5, global::Kinlink.Matching.Scoring.MatchBucket.Likely, global::Kinlink.Matching.Scoring.MatchModel.Default.Version, DateTimeOffset.UtcNow);
            db.DuplicatePairs.Add(pair);
            await db.SaveChangesAsync();
            if (request.Contains("{new-pair}", StringComparison.Ordinal))
            {
                return request.Replace("{new-pair}", pair.Id.Value.ToString(), StringComparison.Ordinal);
            }

            var merge = await scope.ServiceProvider.GetRequiredService<Data.Registry.Duplicates.DuplicateReviewService>().MergeAsync(pair.Id, null, null, null, Actor.System);
            return request.Replace("{new-merged-pair}", pair.Id.Value.ToString(), StringComparison.Ordinal)
                .Replace("{new-merge}", merge.Id.Value.ToString(), StringComparison.Ordinal);
        }

        /// <summary>
        /// A status change or an answer on consent is made on the version read, so each such request gets an enquiry of its
        /// own: {new-enquiry} an open one, {new-located-enquiry} one located as the Ukrainian held by RU.
        /// </summary>
        private async Task<string> WithFreshEnquiryAsync(string request)
        {
            var located = request.Contains("{new-located-enquiry}", StringComparison.Ordinal);
            if (!located && !request.Contains("{new-enquiry}", StringComparison.Ordinal))
            {
                return request;
            }

            var reference = await Tracing.EnquiryCaseTestKit.CreateAsync(app, "Matrix" + Letters(Interlocked.Increment(ref serial)));
            if (located)
            {
                await using var scope = app.Factory.Services.CreateAsyncScope();
                var person = (await scope.ServiceProvider.GetRequiredService<PersonService>().GetAsync(placeholders["{person-ua-held-by-ru}"], Actor.System)).Person!;
                await Tracing.EnquiryCaseTestKit.MoveToLocatedAsync(app, reference, person.Id);
            }

            return request.Replace("{new-enquiry}", reference, StringComparison.Ordinal).Replace("{new-located-enquiry}", reference, StringComparison.Ordinal);
        }

        /// <summary>The enquiry reference in a request's address, for the bodies that carry its version.</summary>
        private static string EnquiryOf(Uri url) => System.Text.RegularExpressions.Regex.Match(url.OriginalString, "ENQ-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;

        /// <summary>
        /// A decision on a candidate or a link is taken once, so each such request gets its own: {new-candidate} a proposed
        /// candidate, {new-enquiry} an enquiry of its own case, {new-linked-enquiry} one linked into {enquiry}'s case.
        /// </summary>
        private async Task<string> WithFreshTracingAsync(string request)
        {
            if (!request.Contains("{new-candidate}", StringComparison.Ordinal) && !request.Contains("{new-enquiry}", StringComparison.Ordinal)
                && !request.Contains("{new-linked-enquiry}", StringComparison.Ordinal))
            {
                return request;
            }

            await using var scope = app.Factory.Services.CreateAsyncScope();
            var n = Interlocked.Increment(ref serial);
            var enquiry = await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryService>().CreateAsync(
                System.Text.Json.JsonSerializer.Deserialize<Data.Tracing.EnquiryInput>(Tracing.EnquiryTestKit.ValidBody("Matrix" + Letters(n)), System.Text.Json.JsonSerializerOptions.Web)!, Actor.System);
            var reference = enquiry.Enquiry.Reference.Value;
            if (request.Contains("{new-linked-enquiry}", StringComparison.Ordinal))
            {
                await scope.ServiceProvider.GetRequiredService<Data.Tracing.EnquiryReviewService>().LinkCaseAsync(reference, placeholders["{enquiry}"], "matrix", Actor.System);
                return request.Replace("{new-linked-enquiry}", reference, StringComparison.Ordinal);
            }

            if (request.Contains("{new-enquiry}", StringComparison.Ordinal))
            {
                return request.Replace("{new-enquiry}", reference, StringComparison.Ordinal);
            }

            var person = await scope.ServiceProvider.GetRequiredService<PersonService>().RegisterAsync(new PersonInput { Category = "pow", Surname = "Matrix" + Letters(n), GivenName = "Test" }, Actor.System);
            return request.Replace("{new-candidate}", (await Tracing.CandidateTestKit.ProposeAsync(scope.ServiceProvider, enquiry.Enquiry.Id, person.Id)).ToString(), StringComparison.Ordinal);
        }

        /// <summary>
        /// An answer or a step is taken on the version read, so each such request gets a visit request of its own:
        /// {new-visit-request} one awaiting its answer, {new-visit-request-other-date} one for which RU proposed another date.
        /// </summary>
        private async Task<string> WithFreshVisitRequestAsync(string request)
        {
            var otherDate = request.Contains("{new-visit-request-other-date}", StringComparison.Ordinal);
            if (!otherDate && !request.Contains("{new-visit-request}", StringComparison.Ordinal))
            {
                return request;
            }

            await using var scope = app.Factory.Services.CreateAsyncScope();
            var reference = await VisitRequestAsync(scope.ServiceProvider, placeholders["{person-ua-held-by-ru}"], otherDate);
            return request.Replace("{new-visit-request-other-date}", reference, StringComparison.Ordinal).Replace("{new-visit-request}", reference, StringComparison.Ordinal);
        }

        private static async Task<string> VisitRequestAsync(IServiceProvider services, string person, bool otherDate)
        {
            var requests = services.GetRequiredService<Data.Visits.VisitRequestService>();
            var created = await requests.CreateAsync(new Data.Visits.VisitRequestInput
            {
                Party = "RU", Place = PlaceRu, ProposedFrom = "2026-12-10", ProposedTo = "2026-12-12", Purpose = "matrix",
                Persons = [new Data.Visits.VisitRequestPersonInput { PersonId = person }],
            }, Actor.System);
            var reference = created.Request.Reference;
            if (otherDate)
            {
                await requests.AnswerAsync(reference, new Data.Visits.VisitAnswerInput { Outcome = "other-date-proposed", ProposedAt = "2026-12-20T10:00:00Z", Version = 0 }, new Actor("matrix liaison", "RU"));
            }

            return reference;
        }

        /// <summary>The visit request reference in a request's address, for the bodies that carry its version.</summary>
        private async Task<int> VisitRequestVersionAsync(Uri url)
        {
            var reference = System.Text.RegularExpressions.Regex.Match(url.OriginalString, "VRQ-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
            await using var scope = app.Factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<Data.Visits.VisitRequestService>().GetAsync(reference, Actor.System)).Request.Version;
        }

        public string Fill(string request) => placeholders.Aggregate(request, (text, p) => text.Replace(p.Key, p.Value, StringComparison.Ordinal));

        /// <summary>One cell: a fresh client for the principal, so a sign-in or sign-out in one row cannot leak into the next.</summary>
        public async Task<HttpResponseMessage> SendAsync(RouteMatrixRow row, string principal)
        {
            var (role, party) = RoleAndParty(principal);
            using var client = app.Browser(role, party, role is null ? null : accountIds[principal]);
            var url = new Uri(Fill(await Exchanges.DeathMatrixKit.WithFreshAsync(app.Factory.Services, placeholders, await Exchanges.ExchangeMatrixKit.WithFreshAsync(app, placeholders, await Mail.MessageMatrixKit.WithFreshMessageAsync(app.Factory.Services, placeholders, await Mail.MailMatrixKit.WithFreshMailAsync(app, await Mail.MailParcelMatrixKit.WithFreshAsync(app, placeholders, await WithFreshVisitRequestAsync(await WithFreshDuplicatesAsync(await WithFreshTracingAsync(await Exchanges.JudicialMatrixKit.WithFreshAsync(app, placeholders, await WithFreshEnquiryAsync(row.Request)))))), placeholders))))), UriKind.Relative);
            var isPage = row.Route.Contains(" page ", StringComparison.Ordinal);
            var n = Interlocked.Increment(ref serial);
            switch (row.Method)
            {
                case "GET":
                    return await client.GetAsync(url);
                case "POST" or "PUT" when !isPage:
                    var body = await ApiBodyAsync(row.Body, url, party, n);
                    return row.Method == "POST" ? await client.PostAsync(url, body) : await client.PutAsync(url, body);
                case "POST":
                    // Antiforgery tokens belong to the browser session, not to one form: the sign-in page, open to all, gives one.
                    var (_, signInPage) = await client.GetPageAsync("/Account/SignIn");
                    var token = new KeyValuePair<string, string>("__RequestVerificationToken", HtmlPage.AntiforgeryToken(signInPage));
                    return await client.PostAsync(url, await PageFormAsync(row.Body, url, principal, party, token, n));
                case "DELETE" when !isPage:
                    return await client.DeleteAsync(url);
                default:
                    throw new InvalidOperationException($"{RouteMatrix.FileName}:{row.Line}: no way to send {row.Method} yet.");
            }
        }

        private async Task<HttpContent> ApiBodyAsync(string body, Uri url, string? party, int n) => body switch
        {
            "place-json" => JsonContent.Create(new { code = $"RU-MATRIX-{n}", name = "Лагерь матрицы", kind = "camp", holdingParty = "RU" }),
            "place-update-json" => JsonContent.Create(new
            {
                version = await PlaceVersionAsync(PlaceUa),
                place = new { code = PlaceUa, name = "Табір № 1", nameLatin = "Tabir No. 1", kind = "camp", holdingParty = "UA", region = "Львівська область" },
            }),
            "person-json" => JsonContent.Create(new { surname = "Matrix" + Letters(n), givenName = "Test", category = "pow", dependsOn = "UA" }),
            "person-update-json" => await PersonUpdateAsync(PersonOf(url)),
            "event-json" => JsonContent.Create(new { @event = new { kind = "captured", date = CaptureDate, place = PlaceRu } }),
            "import-multipart" => ImportForm(party, n, []),
            "-" => new StringContent(""),
            "acknowledge-json" => JsonContent.Create(new { ids = new[] { Guid.Parse(placeholders["{transmission-ua}"]) } }),
            "merge-json" => JsonContent.Create(new { reason = "matrix" }),
            "dismiss-json" => JsonContent.Create(new { reason = "matrix: two persons" }),
            "split-json" => JsonContent.Create(new { reason = "matrix: undone" }),
            "enquiry-json" => JsonContent.Create(Tracing.EnquiryTestKit.ValidBody("Matrix" + Letters(n))),
            "enquiry-status-json" => JsonContent.Create(new { status = "searching", reason = "matrix", version = await Tracing.EnquiryCaseTestKit.VersionAsync(app, EnquiryOf(url)) }),
            "enquiry-consent-json" => JsonContent.Create(new { consent = "given", obtainedOn = "2026-11-20", obtainedBy = "visit", version = await Tracing.EnquiryCaseTestKit.VersionAsync(app, EnquiryOf(url)) }),
            "enquiry-contact-json" => JsonContent.Create(new { date = "2026-11-20", channel = "phone", direction = "incoming", summary = "matrix" }),
            "decision-json" => JsonContent.Create(new { reason = "matrix" }),
            "case-link-json" => JsonContent.Create(new { withEnquiry = placeholders["{enquiry}"], reason = "matrix: same person" }),
            "case-unlink-json" => JsonContent.Create(new { reason = "matrix: another person" }),
            "attachment-multipart" => Tracing.EnquiryAttachmentTests.Form(Tracing.EnquiryAttachmentTests.Jpeg, $"photo-{n}.jpg", "photo"),
            "pfif-xml" => new StringContent(Tracing.PfifTestKit.PartnerDocument, Encoding.UTF8, "application/xml"),
            "visit-request-json" => JsonContent.Create(new
            {
                party = "RU", place = PlaceRu, proposedFrom = "2026-12-10", proposedTo = "2026-12-12", purpose = "matrix", persons = new[] { new { personId = placeholders["{person-ua-held-by-ru}"] } },
            }),
            "visit-answer-json" => JsonContent.Create(new { outcome = "refused", reason = "matrix", version = await VisitRequestVersionAsync(url) }),
            "visit-step-json" => JsonContent.Create(new { version = await VisitRequestVersionAsync(url) }),
            "visit-ask-again-json" => JsonContent.Create(new { version = await VisitRequestVersionAsync(url), proposedFrom = "2027-01-10", proposedTo = "2027-01-12" }),
            "visit-withdraw-json" => JsonContent.Create(new { version = await VisitRequestVersionAsync(url), reason = "matrix" }),
            _ when Visits.VisitMatrixKit.IsApiBody(body) => await Visits.VisitMatrixKit.ApiBodyAsync(app, body, placeholders, n),
            _ when Mail.MailParcelMatrixKit.IsApiBody(body) => await Mail.MailParcelMatrixKit.ApiBodyAsync(app, body, url, placeholders),
            _ when Mail.MailMatrixKit.IsApiBody(body) => await Mail.MailMatrixKit.ApiBodyAsync(app, body, url),
            _ when Mail.MessageMatrixKit.IsApiBody(body) => await Mail.MessageMatrixKit.ApiBodyAsync(app, body, url, placeholders, n),
            _ when Exchanges.JudicialMatrixKit.IsApiBody(body) => await Exchanges.JudicialMatrixKit.ApiBodyAsync(app, body, url, placeholders),
            _ when Exchanges.ExchangeMatrixKit.IsApiBody(body) => await Exchanges.ExchangeMatrixKit.ApiBodyAsync(app, body, url, placeholders),
            _ when Exchanges.DeathMatrixKit.IsApiBody(body) => await Exchanges.DeathMatrixKit.ApiBodyAsync(app, body, url, placeholders),
            _ => throw new InvalidOperationException($"No API body named '{body}'."),
        };

        private async Task<HttpContent> PageFormAsync(string body, Uri url, string principal, string? party, KeyValuePair<string, string> token, int n)
        {
            if (body == "import-multipart")
            {
                return ImportForm(party, n, [token]);
            }

            if (body == "visit-sheet-multipart")
            {
                return Visits.VisitMatrixKit.Sheet(placeholders, [token]);
            }

            if (Mail.MailParcelMatrixKit.IsForm(body))
            {
                return new FormUrlEncodedContent((await Mail.MailParcelMatrixKit.FormAsync(app, body, url, placeholders)).Append(token));
            }

            if (Exchanges.JudicialMatrixKit.IsForm(body))
            {
                return new FormUrlEncodedContent((await Exchanges.JudicialMatrixKit.FormAsync(app, body, url, placeholders)).Append(token));
            }

            if (Visits.VisitMatrixKit.IsForm(body))
            {
                return new FormUrlEncodedContent((await Visits.VisitMatrixKit.FormAsync(app, body, placeholders, n)).Append(token));
            }

            if (Mail.MailMatrixKit.IsForm(body))
            {
                return new FormUrlEncodedContent((await Mail.MailMatrixKit.FormAsync(app, body, url)).Append(token));
            }

            if (Exchanges.DeathMatrixKit.IsForm(body))
            {
                return await Exchanges.DeathMatrixKit.FormAsync(app, body, url, placeholders, token);
            }

            if (Mail.MessageMatrixKit.IsForm(body) || Mail.MessageMatrixKit.IsMultipartForm(body))
            {
                return await Mail.MessageMatrixKit.FormAsync(app, body, url, placeholders, token, n);
            }

            if (Exchanges.ExchangeMatrixKit.IsForm(body))
            {
                return await Exchanges.ExchangeMatrixKit.FormAsync(app, body, url, placeholders, token);
            }

            if (body == "attachment-multipart")
            {
                var form = Tracing.EnquiryAttachmentTests.Form(Tracing.EnquiryAttachmentTests.Jpeg, $"photo-{n}.jpg", "photo");
                form.Add(new StringContent(token.Value), token.Key);
                return form;
            }

            IEnumerable<KeyValuePair<string, string>> fields = body switch
            {
                "-" => [],
                "sign-in-form" => [new("email", SignInAccount), new("password", AccountsTestKit.Password)],
                "two-factor-form" => [new("code", "000000")],
                "change-password-form" => [new("currentPassword", AccountsTestKit.Password), new("newPassword", $"another long passphrase {n}")],
                "two-factor-setup-form" => [new("code", await CurrentCodeAsync(principal))],
                "unlock-form" => [new("email", ManagedAccount)],
                "account-form" => [new("email", $"new{n}@test.example"), new("role", "analyst"), new("party", ""), new("password", AccountsTestKit.Password)],
                "person-form" => [new("surname", "Matrix" + Letters(n)), new("givenName", "Test"), new("category", "pow"), new("dependsOn", "UA")],
                "person-edit-form" => await PersonEditFormAsync(PersonOf(url)),
                "event-form" => [new("kind", "captured"), new("date", CaptureDate), new("place", PlaceRu)],
                "role-form" => [new("role", "analyst"), new("party", "")],
                "token-form" => [new("tokenName", $"matrix token {n}"), new("tokenDays", "30")],
                "revoke-token-form" => [new("tokenName", TokenToRevoke)],
                "acknowledge-form" => [new("id", placeholders["{transmission-ua}"])],
                "acknowledge-shown-form" => [new("ids", placeholders["{transmission-ua}"])],
                "merge-form" => [new("mergeReason", "matrix")],
                "dismiss-form" => [new("dismissReason", "matrix: two persons")],
                "enquiry-form" => [new("enquirer.fullName", "Matrix " + Letters(n)), new("enquirer.relation", "mother"), new("enquirer.phone", "+380 67 123 45 67"), new("enquirer.language", "uk"),
                    new("soughtPerson.surname", "Matrix" + Letters(n)), new("channel", "office"), new("legalBasis", "vital-interest")],
                "enquiry-status-form" => [new("status", "searching"), new("reason", "matrix"), new("version", (await Tracing.EnquiryCaseTestKit.VersionAsync(app, EnquiryOf(url))).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                "enquiry-consent-form" => [new("consent", "given"), new("obtainedOn", "2026-11-20"), new("obtainedBy", "visit"), new("version", (await Tracing.EnquiryCaseTestKit.VersionAsync(app, EnquiryOf(url))).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                "enquiry-contact-form" => [new("date", "2026-11-20"), new("channel", "phone"), new("direction", "incoming"), new("summary", "matrix")],
                "enquiry-letter-form" => [new("template", "acknowledgement"), new("lang", "en")],
                "confirm-form" => [new("confirmReason", "matrix")],
                "reject-form" => [new("rejectReason", "matrix: another person")],
                "case-link-form" => [new("withEnquiry", placeholders["{enquiry}"]), new("caseReason", "matrix: same person")],
                "case-unlink-form" => [new("caseReason", "matrix: another person")],
                "public-enquiry-form" => Tracing.PublicEnquiryTestKit.ValidForm("Matrix" + Letters(n)),
                "visit-select-form" => [new("party", "RU"), new("place", PlaceRu), new("notSeenForDays", "90")],
                "visit-request-form" => [new("party", "RU"), new("place", PlaceRu), new("references", placeholders["{person-ua-held-by-ru}"]), new("proposedFrom", "2026-12-10"),
                    new("proposedTo", "2026-12-12"), new("purpose", "matrix"), new("priority", "routine")],
                "visit-step-form" => [new("version", (await VisitRequestVersionAsync(url)).ToString(CultureInfo.InvariantCulture))],
                "visit-ask-again-form" => [new("version", (await VisitRequestVersionAsync(url)).ToString(CultureInfo.InvariantCulture)), new("proposedFrom", "2027-01-10"), new("proposedTo", "2027-01-12")],
                "visit-withdraw-form" => [new("version", (await VisitRequestVersionAsync(url)).ToString(CultureInfo.InvariantCulture)), new("reason", "matrix")],
                "visit-answer-form" => [new("form.version", (await VisitRequestVersionAsync(url)).ToString(CultureInfo.InvariantCulture)), new("form.outcome", "refused"), new("form.reason", "matrix")],
                "public-status-form" => [new("reference", placeholders["{enquiry}"]), new("code", "WRONG-CODE-000")],
                _ => throw new InvalidOperationException($"No form named '{body}'."),
            };
            return new FormUrlEncodedContent(fields.Append(token));
        }

        private static MultipartFormDataContent ImportForm(string? party, int n, IEnumerable<KeyValuePair<string, string>> extra)
        {
            var sender = party ?? "RU";
            var place = sender == "UA" ? PlaceUa : PlaceRu;
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"surname,given_name,place,event,event_date\nMatrix{Letters(n)},Test,{place},captured,{CaptureDate}\n"));
            file.Headers.ContentType = new("text/csv");
            var form = new MultipartFormDataContent { { file, "file", $"list-{n}.csv" }, { new StringContent(sender), "party" }, { new StringContent($"matrix list {n}"), "source" } };
            foreach (var field in extra)
            {
                form.Add(new StringContent(field.Value), field.Key);
            }

            return form;
        }

        /// <summary>The reference in a request such as /api/persons/KL-XXXX-XXXX/events.</summary>
        private string PersonOf(Uri url) => personsByReference.Keys.Single(reference => url.OriginalString.Contains(reference, StringComparison.Ordinal));

        private async Task<HttpContent> PersonUpdateAsync(string reference)
        {
            var (surname, dependsOn) = personsByReference[reference];
            return JsonContent.Create(new { version = await PersonVersionAsync(reference), person = new { surname, givenName = "Test", category = "pow", dependsOn } });
        }

        private async Task<IEnumerable<KeyValuePair<string, string>>> PersonEditFormAsync(string reference)
        {
            var (surname, dependsOn) = personsByReference[reference];
            return [new("surname", surname), new("givenName", "Test"), new("category", "pow"), new("dependsOn", dependsOn ?? ""),
                new("version", (await PersonVersionAsync(reference)).ToString(CultureInfo.InvariantCulture))];
        }

        private async Task<int> PersonVersionAsync(string reference)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<PersonService>().GetAsync(reference, Actor.System)).Person!.Version;
        }

        private async Task<int> PlaceVersionAsync(string code)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<PlaceService>().GetAsync(code, Actor.System)).Place.Version;
        }

        /// <summary>The code the principal's authenticator app would show now; anonymous has no account, so any code.</summary>
        private async Task<string> CurrentCodeAsync(string principal)
        {
            if (!accountIds.TryGetValue(principal, out var id))
            {
                return "000000";
            }

            await using var scope = app.Factory.Services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<KinlinkUser>>().FindByIdAsync(id.ToString());
            var key = await scope.ServiceProvider.GetRequiredService<AccountService>().AuthenticatorKeyAsync(user!);
            return Totp.Code(key, DateTimeOffset.UtcNow);
        }

        private static string Syllables(int n)
        {
            string[] syllables = ["ka", "ro", "mi", "tu", "le", "sa", "no", "pe", "vy", "dzo"];
            return string.Concat(syllables[n / 100 % 10], syllables[n / 10 % 10], syllables[n % 10]) is var text ? char.ToUpperInvariant(text[0]) + text[1..] : "";
        }

        /// <summary>A unique surname part: names may not hold digits.</summary>
        private static string Letters(int n) => n < 26 ? ((char)('a' + n)).ToString() : Letters((n / 26) - 1) + (char)('a' + (n % 26));

        private static (string? Role, string? Party) RoleAndParty(string principal) => principal switch
        {
            "anonymous" => (null, null),
            _ when principal.Split('@') is [var role, var party] => (role, party),
            _ => (principal, null),
        };
    }
}
