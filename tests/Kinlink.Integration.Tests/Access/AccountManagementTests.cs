using System.Net;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Access;

/// <summary>An administrator's account page: tokens, disable and enable, role and party, two-factor reset; and recovery codes.</summary>
public sealed class AccountManagementTests
{
    private const string Officer = "officer@test.example";
    private const string OfficerPage = "/Admin/Users/Details?email=officer%40test.example";

    private static string Handler(string handler) => $"{OfficerPage}&handler={handler}";

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_account_page_shows_a_new_token_once_and_revokes_it(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, Officer, "caseworker");
        using var admin = app.Browser("admin");

        var (page, html) = await admin.GetPageAsync(OfficerPage);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(UiResources.Text("en", "Tokens.None"), HtmlPage.VisibleText(html), StringComparison.Ordinal);

        var (created, createdHtml) = await admin.PostFormAsync(Handler("CreateToken"), html, [new("tokenName", "list upload"), new("tokenDays", "30")]);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(UiResources.Text("en", "Tokens.ShownOnce"), HtmlPage.VisibleText(createdHtml), StringComparison.Ordinal);
        var token = HtmlPage.Text(HtmlPage.ElementById(createdHtml, "new-token")!);
        Assert.StartsWith(ApiTokenService.Prefix, token, StringComparison.Ordinal);

        using var machine = app.Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);

        var (_, again) = await admin.GetPageAsync(OfficerPage);
        Assert.DoesNotContain(token, again, StringComparison.Ordinal);
        Assert.Null(HtmlPage.ElementById(again, "new-token"));
        Assert.Contains("list upload", HtmlPage.VisibleText(again), StringComparison.Ordinal);

        var (duplicate, duplicateHtml) = await admin.PostFormAsync(Handler("CreateToken"), again, [new("tokenName", "list upload"), new("tokenDays", "")]);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains(UiResources.Text("en", "Tokens.NameTaken"), HtmlPage.VisibleText(duplicateHtml), StringComparison.Ordinal);
        Assert.Null(HtmlPage.ElementById(duplicateHtml, "new-token"));
        var (tooLong, tooLongHtml) = await admin.PostFormAsync(Handler("CreateToken"), again, [new("tokenName", "other"), new("tokenDays", "400")]);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("1 to 365 days", HtmlPage.Text(HtmlPage.ElementById(tooLongHtml, "tokenDays-error")!), StringComparison.Ordinal);
        var (notNumber, notNumberHtml) = await admin.PostFormAsync(Handler("CreateToken"), again, [new("tokenName", "other"), new("tokenDays", "soon")]);
        Assert.Equal(HttpStatusCode.OK, notNumber.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(notNumberHtml, "tokenDays-error"));

        var (revoked, _) = await admin.PostFormAsync(Handler("RevokeToken"), again, [new("tokenName", "list upload")]);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
        var (_, after) = await admin.GetPageAsync(OfficerPage);
        Assert.Contains("Revoked", HtmlPage.VisibleText(after), StringComparison.Ordinal);
        Assert.Contains("admin@test.example", HtmlPage.VisibleText(after), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_disabled_account_cannot_sign_in_nor_use_its_tokens_until_enabled_again(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, Officer, "caseworker");
        var created = await ApiTokenTestKit.CreateTokenAsync(app, Officer, "script");
        using var machine = app.Bearer(created.Token);
        using var admin = app.Browser("admin");

        var (_, html) = await admin.GetPageAsync(OfficerPage);
        var (disabled, _) = await admin.PostFormAsync(Handler("Disable"), html, []);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        var refused = await machine.GetAsync(new Uri("/api/persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("disabled", refused.WwwAuthenticate(), StringComparison.Ordinal);
        using (var browser = app.Anonymous())
        {
            var (signIn, signInHtml) = await browser.SignInAsync(Officer, AccountsTestKit.Password);
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains(UiResources.Text("en", "Account.SignInFailed"), HtmlPage.VisibleText(signInHtml), StringComparison.Ordinal);
        }

        var (_, disabledPage) = await admin.GetPageAsync(OfficerPage);
        Assert.Equal(UiResources.Text("en", "UserDetails.Disabled"), HtmlPage.Text(HtmlPage.ElementById(disabledPage, "account-state")!));
        var (_, list) = await admin.GetPageAsync("/Admin/Users");
        Assert.Contains(UiResources.Text("en", "UserDetails.Disabled"), HtmlPage.VisibleText(list), StringComparison.Ordinal);

        var (enabled, _) = await admin.PostFormAsync(Handler("Enable"), disabledPage, []);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
        using var later = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync(Officer, AccountsTestKit.Password)).Response.StatusCode);

        await using var db = app.Database.NewContext();
        var actions = await db.AuditEntries.Where(e => e.Action.StartsWith("account.")).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.AccountDisable, AuditActions.AccountEnable], actions.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_role_change_needs_a_party_for_party_roles_and_none_for_the_intermediarys(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await AccountsTestKit.CreateAccountAsync(app, Officer, "caseworker");
        using var admin = app.Browser("admin");
        var (_, html) = await admin.GetPageAsync(OfficerPage);

        var (noParty, noPartyHtml) = await admin.PostFormAsync(Handler("Role"), html, [new("role", "bureau-officer"), new("party", "")]);
        Assert.Equal(HttpStatusCode.OK, noParty.StatusCode);
        Assert.Contains("belongs to a party's authority", HtmlPage.Text(HtmlPage.ElementById(noPartyHtml, "party-error")!), StringComparison.Ordinal);
        var (needless, needlessHtml) = await admin.PostFormAsync(Handler("Role"), html, [new("role", "analyst"), new("party", "UA")]);
        Assert.Equal(HttpStatusCode.OK, needless.StatusCode);
        Assert.Contains("belongs to the intermediary", HtmlPage.Text(HtmlPage.ElementById(needlessHtml, "party-error")!), StringComparison.Ordinal);
        var (unknown, unknownHtml) = await admin.PostFormAsync(Handler("Role"), html, [new("role", "superuser"), new("party", "")]);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.NotNull(HtmlPage.ElementById(unknownHtml, "role-error"));
        Assert.Equal("caseworker", (await AccountsTestKit.WithAccountsAsync(app, a => a.GetAsync(Officer))).Role);

        var (changed, _) = await admin.PostFormAsync(Handler("Role"), html, [new("role", "bureau-officer"), new("party", "ua")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var account = await AccountsTestKit.WithAccountsAsync(app, a => a.GetAsync(Officer));
        Assert.Equal(("bureau-officer", "UA"), (account.Role, account.PartyCode));

        // A token carries the account as it is now: the new party's scope, from the next request on.
        var created = await ApiTokenTestKit.CreateTokenAsync(app, Officer, "script");
        using var machine = app.Bearer(created.Token);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
        var (back, _) = await admin.PostFormAsync(Handler("Role"), html, [new("role", "dpo"), new("party", "")]);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal((string?)null, (await AccountsTestKit.WithAccountsAsync(app, a => a.GetAsync(Officer))).PartyCode);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_demote_their_own_account()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await AccountsTestKit.CreateAccountAsync(app, "root@test.example", "admin");
        var self = new Actor("root@test.example", null);

        var disable = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountsTestKit.WithAccountsAsync(app, async a => { await a.DisableAsync(self, "root@test.example"); return 0; }));
        Assert.Equal(["email"], disable.Errors.Keys);
        var demote = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountsTestKit.WithAccountsAsync(app, a => a.ChangeRoleAsync(self, "root@test.example", "analyst", null)));
        Assert.Equal(["role"], demote.Errors.Keys);
        Assert.Equal("admin", (await AccountsTestKit.WithAccountsAsync(app, a => a.GetAsync("root@test.example"))).Role);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_recovery_code_signs_in_once_and_an_administrators_reset_makes_the_holder_enrol_again(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, Officer, "caseworker");
        using var holder = app.Anonymous();
        await holder.SignInAsync(Officer, AccountsTestKit.Password);
        var (_, setup) = await holder.GetPageAsync("/Account/TwoFactorSetup");
        var key = HtmlPage.Text(HtmlPage.ElementById(setup, "shared-key")!).Replace(" ", "", StringComparison.Ordinal);

        var (enabled, enabledHtml) = await holder.PostFormAsync("/Account/TwoFactorSetup", setup, [new("code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains(UiResources.Text("en", "Account.RecoveryCodesOnce"), HtmlPage.VisibleText(enabledHtml), StringComparison.Ordinal);
        var codes = System.Text.RegularExpressions.Regex.Matches(HtmlPage.ElementById(enabledHtml, "recovery-codes")!, "<code[^>]*>(?<c>[^<]+)</code>").Select(m => m.Groups["c"].Value).ToList();
        Assert.Equal(AccountService.RecoveryCodeCount, codes.Distinct().Count());

        await using (var db = app.Database.NewContext())
        {
            var stored = string.Join(";", await db.UserTokens.Select(t => t.Value).ToListAsync());
            Assert.DoesNotContain(codes[0], stored, StringComparison.Ordinal);
        }

        using (var lostPhone = app.Anonymous())
        {
            var (password, _) = await lostPhone.SignInAsync(Officer, AccountsTestKit.Password);
            Assert.StartsWith("/Account/TwoFactor", password.Location(), StringComparison.Ordinal);
            var (_, form) = await lostPhone.GetPageAsync("/Account/TwoFactor");
            var (recovered, _) = await lostPhone.PostFormAsync("/Account/TwoFactor?handler=Recovery", form, [new("recoveryCode", " " + codes[0].ToLowerInvariant() + " ")]);
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await lostPhone.GetPageAsync("/Registry/Persons")).Response.StatusCode);
        }

        using (var reused = app.Anonymous())
        {
            await reused.SignInAsync(Officer, AccountsTestKit.Password);
            var (_, form) = await reused.GetPageAsync("/Account/TwoFactor");
            var (refused, refusedHtml) = await reused.PostFormAsync("/Account/TwoFactor?handler=Recovery", form, [new("recoveryCode", codes[0])]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(UiResources.Text("en", "Account.RecoveryCodeWrong"), HtmlPage.VisibleText(refusedHtml), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await reused.GetPageAsync("/Registry/Persons")).Response.StatusCode);
            var (other, _) = await reused.PostFormAsync("/Account/TwoFactor?handler=Recovery", form, [new("recoveryCode", codes[1])]);
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }

        using var admin = app.Browser("admin");
        var (_, page) = await admin.GetPageAsync(OfficerPage);
        var (reset, _) = await admin.PostFormAsync(Handler("ResetTwoFactor"), page, []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await AccountsTestKit.WithAccountsAsync(app, a => a.GetAsync(Officer))).TwoFactorEnabled);

        using var afterReset = app.Anonymous();
        var (passwordOnly, _) = await afterReset.SignInAsync(Officer, AccountsTestKit.Password);
        Assert.Equal("/", passwordOnly.Location());
        var (_, newSetup) = await afterReset.GetPageAsync("/Account/TwoFactorSetup");
        var newKey = HtmlPage.Text(HtmlPage.ElementById(newSetup, "shared-key")!).Replace(" ", "", StringComparison.Ordinal);
        Assert.NotEqual(key, newKey);
    }
}
