using System.Net;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinlink.Integration.Tests.Security;

/// <summary>The sign-in and two-factor posts are limited per client address, with a friendly page in the reader's language.</summary>
public sealed class SignInRateLimitTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Past_the_limit_sign_in_posts_get_429_with_retry_after_and_a_localized_page(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "caseworker");
        await using var limited = app.Factory.WithWebHostBuilder(b => b.UseSetting("Kinlink:SignInRateLimit:PermitLimit", "3"));
        using var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

        for (var i = 0; i < 3; i++)
        {
            var (allowed, _) = await browser.SignInAsync("officer@test.example", "a wrong guess " + i);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var (_, form) = await browser.GetPageAsync("/Account/SignIn?culture=uk");
        var (refused, refusedHtml) = await browser.PostFormAsync("/Account/SignIn?culture=uk", form, [new("email", "officer@test.example"), new("password", AccountsTestKit.Password)]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(UiResources.Text("uk", "Error.TooManyTitle"), HtmlPage.H1(refusedHtml));
        Assert.Contains(UiResources.Text("uk", "Error.TooManyText"), HtmlPage.VisibleText(refusedHtml), StringComparison.Ordinal);

        // The right password was never checked: the refused post did not sign in.
        var (stillOut, _) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        var (twoFactor, _) = await browser.PostFormAsync("/Account/TwoFactor", form, [new("code", "123456")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, twoFactor.StatusCode);

        // Reading the page is not limited; nor is the rest of the app.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync("/Account/SignIn")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync("/health")).Response.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Under_the_default_limit_the_lockout_still_answers_first(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "caseworker");
        using var browser = app.Anonymous();

        // Six posts, as a person who mistypes a few times would make: all answered, the sixth with the lockout message.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("officer@test.example", "a wrong guess " + i)).Response.StatusCode);
        }

        var (locked, lockedHtml) = await browser.SignInAsync("officer@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains(UiResources.Text("en", "Account.LockedOut"), HtmlPage.VisibleText(lockedHtml), StringComparison.Ordinal);
    }
}
