using System.Net;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinlink.Integration.Tests.Security;

/// <summary>In a production configuration every cookie the app sets is Secure, HttpOnly and SameSite.</summary>
public sealed class CookieSecurityTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task In_production_the_sign_in_two_factor_antiforgery_notice_and_language_cookies_are_secure_and_http_only(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "root@test.example", "admin");
        await using var production = app.Factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Kinlink:AllowInsecureCookies", "false"));
        using var browser = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });
        var cookies = new List<string>();

        var (form, formHtml) = await browser.GetPageAsync("/Account/SignIn");
        cookies.AddRange(SetCookies(form));
        var (signedIn, _) = await browser.PostFormAsync("/Account/SignIn", formHtml, [new("email", "root@test.example"), new("password", AccountsTestKit.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        cookies.AddRange(SetCookies(signedIn));
        var language = await browser.GetAsync(new Uri("/Language?culture=uk&returnUrl=%2F", UriKind.Relative));
        cookies.AddRange(SetCookies(language));

        // An administrator without two-factor sign-in is sent to set it up; once set up, the next sign-in stops at the code.
        var (_, setup) = await browser.GetPageAsync("/Account/TwoFactorSetup");
        var key = HtmlPage.Text(HtmlPage.ElementById(setup, "shared-key")!).Replace(" ", "", StringComparison.Ordinal);
        var (enabled, _) = await browser.PostFormAsync("/Account/TwoFactorSetup", setup, [new("code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode); // the page shows the recovery codes, once
        cookies.AddRange(SetCookies(enabled));
        using var later = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });
        var (password, _) = await later.SignInAsync("root@test.example", AccountsTestKit.Password);
        Assert.StartsWith("/Account/TwoFactor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        cookies.AddRange(SetCookies(password));

        foreach (var expected in new[] { "kinlink.auth", ".AspNetCore.Antiforgery.", ".AspNetCore.Culture", "Identity.TwoFactorUserId", ".AspNetCore.Mvc.CookieTempDataProvider" })
        {
            Assert.Contains(cookies, c => c.StartsWith(expected, StringComparison.Ordinal));
        }

        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.True(attributes.Contains("secure"), $"not Secure: {cookie}");
            Assert.True(attributes.Contains("httponly"), $"not HttpOnly: {cookie}");
            Assert.True(attributes.Any(a => a is "samesite=lax" or "samesite=strict"), $"no SameSite: {cookie}");
        });
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task In_production_https_answers_carry_hsts(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await using var production = app.Factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Kinlink:AllowInsecureCookies", "false"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kinlink.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        Assert.Contains("max-age=", Assert.Single(hsts), StringComparison.Ordinal);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
