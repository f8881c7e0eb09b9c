using System.Net;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

public sealed class DemoAccountsTests
{
    [Fact]
    public async Task Demo_mode_makes_one_account_per_role_and_party_and_the_administrator_signs_in_with_the_published_key()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedIfEmptyAsync();
            Assert.Equal(9, created.Count);
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedIfEmptyAsync());
            var accounts = await scope.ServiceProvider.GetRequiredService<AccountService>().ListUsersAsync();
            Assert.Equal(["admin", "analyst", "bureau-officer", "bureau-officer", "caseworker", "delegate", "dpo", "liaison-officer", "liaison-officer"], accounts.Select(a => a.Role).Order(StringComparer.Ordinal));
            Assert.Equal("RU", accounts.Single(a => a.Email == "liaison.ru@kinlink.example").PartyCode);
            Assert.True(accounts.Single(a => a.Role == "admin").TwoFactorEnabled);
        }

        using var browser = app.Anonymous();
        var (password, _) = await browser.SignInAsync("admin@kinlink.example", DemoAccounts.Password);
        Assert.StartsWith("/Account/TwoFactor", password.Location(), StringComparison.Ordinal);
        var (coded, _) = await browser.PostCodeAsync("/Account/TwoFactor", Totp.Code(DemoAccounts.AdminAuthenticatorKey, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, coded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync("/Admin/Users")).Response.StatusCode);

        using var bureau = app.Anonymous();
        await bureau.SignInAsync("bureau.ua@kinlink.example", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetPageAsync("/Registry/Persons")).Response.StatusCode);
    }
}
