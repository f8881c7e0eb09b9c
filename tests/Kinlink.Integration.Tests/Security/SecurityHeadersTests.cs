using System.Net;
using System.Text.RegularExpressions;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Security;

/// <summary>The security headers on pages, API answers and error pages, and page markup the Content-Security-Policy would not block.</summary>
public sealed partial class SecurityHeadersTests
{
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    internal static IReadOnlyList<string> PageUrls(WebTestData data, string accountEmail) =>
    [
        "/", "/Account/SignOut", "/Account/TwoFactorSetup", "/Account/ChangePassword",
        "/Admin/Users", "/Admin/Users/New", $"/Admin/Users/ResetPassword?email={Uri.EscapeDataString(accountEmail)}",
        "/Registry/Persons", "/Registry/Persons?name=kovalenko", $"/Registry/Persons/{data.Kovalenko}", $"/Registry/Persons/{data.Ivanov}",
        "/Registry/Persons/New", $"/Registry/Persons/{data.Kovalenko}/Edit", $"/Registry/Persons/{data.Kovalenko}/Events/New",
        "/Registry/Places", $"/Registry/Places/{WebTestData.Colony}", "/Registry/Imports", "/Registry/HealthNews", "/no/such/page",
    ];

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Pages_api_answers_and_error_pages_carry_the_security_headers(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        using var signedIn = app.Browser("admin");
        using var anonymous = app.Browser(role: null);

        foreach (var (client, url) in new[]
        {
            (anonymous, "/Account/SignIn"), (signedIn, "/Registry/Persons"), (signedIn, $"/Registry/Persons/{data.Kovalenko}"),
            (signedIn, "/api/persons"), (anonymous, "/api/persons"), (anonymous, "/health"), (signedIn, "/no/such/page"), (anonymous, "/css/site.css"),
        })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{url}: no Content-Security-Policy");
            Assert.Equal(PagePolicy, Assert.Single(csp));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
            // Plain HTTP on a test host: HSTS is for HTTPS answers only.
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{url}: HSTS over plain HTTP");
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_api_reference_alone_gets_a_per_answer_nonce_for_its_start_up_script(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        using var anonymous = app.Browser(role: null);

        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var (response, html) = await anonymous.GetPageAsync("/scalar/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = Header(response, "Content-Security-Policy");
            var nonce = Regex.Match(csp, "script-src 'self' 'nonce-(?<nonce>[^']+)'").Groups["nonce"].Value;
            Assert.NotEmpty(nonce);
            Assert.DoesNotContain("'unsafe-inline'", Regex.Match(csp, "script-src[^;]*").Value, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            // Every script on the page carries the nonce the header allows, so none runs without it.
            var scripts = Regex.Matches(html, "<script\\b[^>]*>").Select(m => m.Value).ToList();
            Assert.NotEmpty(scripts);
            Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag, StringComparison.Ordinal));
            nonces.Add(nonce);
        }

        Assert.NotEqual(nonces[0], nonces[1]);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task No_page_holds_inline_script_style_event_handlers_or_javascript_links(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var admin = await Access.AccountsTestKit.CreateAccountAsync(app, "csp.admin@test.example", "admin");
        using var client = app.Browser("admin", userId: admin.Id);
        using var anonymous = app.Browser(role: null);
        var problems = new List<string>();

        var pages = new List<(HttpClient Client, string Url)> { (anonymous, "/Account/SignIn") };
        pages.AddRange(PageUrls(data, admin.Email).Select(url => (client, url)));
        foreach (var (pageClient, url) in pages)
        {
            var (response, html) = await pageClient.GetPageAsync(url);
            Assert.True(html.Contains("<html", StringComparison.Ordinal), $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
            foreach (Match found in InlineCode().Matches(html))
            {
                problems.Add($"{url}: {found.Value}");
            }
        }

        Assert.Empty(problems);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    // An inline <script> (one without src), a <style> element, a style attribute, an on* handler or a javascript: URL.
    [GeneratedRegex(@"<script\b(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
