using System.Net;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Access;

/// <summary>Signing in, out, lockout, two-factor and the administrator's reset, through the pages with antiforgery tokens.</summary>
public sealed class AccountsSignInTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_right_password_opens_the_registry_a_wrong_one_does_not_and_signing_out_closes_it(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "caseworker");
        using var browser = app.Anonymous();

        var (closed, _) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.StartsWith("http://localhost/Account/SignIn?ReturnUrl=%2FRegistry%2FPersons", closed.Location(), StringComparison.Ordinal);

        var (wrong, wrongHtml) = await browser.SignInAsync("officer@test.example", "not the password at all");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(UiResources.Text("en", "Account.SignInFailed"), HtmlPage.VisibleText(wrongHtml), StringComparison.Ordinal);

        var (right, _) = await browser.SignInAsync("officer@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Location());
        var (open, openHtml) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("Signed in as officer@test.example", HtmlPage.VisibleText(openHtml), StringComparison.Ordinal);

        var (signedOut, _) = await browser.PostFormAsync("/Account/SignOut", openHtml, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var (closedAgain, _) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.Redirect, closedAgain.StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_until_an_administrator_unlocks_it()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "caseworker");
        using var browser = app.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("officer@test.example", "a wrong guess " + i);
        }

        var (locked, lockedHtml) = await browser.SignInAsync("officer@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains(UiResources.Text("en", "Account.LockedOut"), HtmlPage.VisibleText(lockedHtml), StringComparison.Ordinal);

        using var admin = app.Browser("admin");
        var (list, listHtml) = await admin.GetPageAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Locked until", HtmlPage.VisibleText(listHtml), StringComparison.Ordinal);
        var (unlocked, _) = await admin.PostFormAsync("/Admin/Users?handler=Unlock", listHtml, [new("email", "officer@test.example")]);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);

        var (right, _) = await browser.SignInAsync("officer@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_administrator_must_set_up_two_factor_sign_in_and_then_signs_in_with_a_code(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "root@test.example", "admin");
        using var browser = app.Anonymous();

        var (signedIn, _) = await browser.SignInAsync("root@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var (sent, _) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/Account/TwoFactorSetup", sent.Location());
        var (api, _) = await browser.GetPageAsync("/api/persons");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        var (_, setup) = await browser.GetPageAsync("/Account/TwoFactorSetup");
        Assert.Contains(UiResources.Text("en", "Account.TwoFactorRequired"), HtmlPage.VisibleText(setup), StringComparison.Ordinal);
        var key = HtmlPage.Text(HtmlPage.ElementById(setup, "shared-key")!).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains($"otpauth://totp/Kinlink%3Aroot%40test.example?secret={key.ToUpperInvariant()}&amp;issuer=Kinlink", setup, StringComparison.Ordinal);

        var (wrongCode, wrongHtml) = await browser.PostFormAsync("/Account/TwoFactorSetup", setup, [new("code", "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000")]);
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Contains("The code does not match", HtmlPage.VisibleText(wrongHtml), StringComparison.Ordinal);

        var (enabled, _) = await browser.PostFormAsync("/Account/TwoFactorSetup", setup, [new("code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        // Answered with the recovery codes, shown once, rather than redirected.
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var (open, _) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);

        // Next time the password alone is not enough.
        using var later = app.Anonymous();
        var (password, _) = await later.SignInAsync("root@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/TwoFactor", password.Location(), StringComparison.Ordinal);
        var (notYet, _) = await later.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        Assert.Contains("/Account/SignIn", notYet.Location(), StringComparison.Ordinal);

        var (coded, _) = await later.PostCodeAsync("/Account/TwoFactor", Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, coded.StatusCode);
        var (admin, adminHtml) = await later.GetPageAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("root@test.example", adminHtml, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_administrators_reset_lets_the_holder_in_with_the_new_password(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "delegate");
        using var admin = app.Browser("admin");

        var (_, form) = await admin.GetPageAsync("/Admin/Users/ResetPassword?email=officer%40test.example");
        var (reset, resetHtml) = await admin.PostFormAsync("/Admin/Users/ResetPassword?email=officer%40test.example", form, [new("password", "a brand new passphrase")]);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("The password of officer@test.example is reset.", HtmlPage.VisibleText(resetHtml), StringComparison.Ordinal);

        using var browser = app.Anonymous();
        var (old, _) = await browser.SignInAsync("officer@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var (fresh, _) = await browser.SignInAsync("officer@test.example", "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync("/Registry/Persons")).Response.StatusCode);
    }

    [Fact]
    public async Task A_one_time_password_must_be_changed_at_the_next_sign_in()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "analyst");
        using var admin = app.Browser("admin");
        var (_, form) = await admin.GetPageAsync("/Admin/Users/ResetPassword?email=officer%40test.example");
        var (_, resetHtml) = await admin.PostFormAsync("/Admin/Users/ResetPassword?email=officer%40test.example", form, [new("password", "")]);
        var oneTime = HtmlPage.Text(HtmlPage.ElementById(resetHtml, "one-time-password")!);
        Assert.Equal(16, oneTime.Length);

        using var browser = app.Anonymous();
        await browser.SignInAsync("officer@test.example", oneTime);
        var (sent, _) = await browser.GetPageAsync("/Registry/Persons");
        Assert.Equal("/Account/ChangePassword", sent.Location());

        var (_, change) = await browser.GetPageAsync("/Account/ChangePassword");
        Assert.Contains(UiResources.Text("en", "Account.MustChange"), HtmlPage.VisibleText(change), StringComparison.Ordinal);
        var (tooShort, shortHtml) = await browser.PostFormAsync("/Account/ChangePassword", change, [new("currentPassword", oneTime), new("newPassword", "short")]);
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("at least 12 characters", HtmlPage.VisibleText(shortHtml), StringComparison.Ordinal);
        var (changed, _) = await browser.PostFormAsync("/Account/ChangePassword", change, [new("currentPassword", oneTime), new("newPassword", "my own long passphrase")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync("/Registry/Persons")).Response.StatusCode);
    }
}
