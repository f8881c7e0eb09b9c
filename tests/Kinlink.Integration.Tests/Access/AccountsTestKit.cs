using System.Net;
using Kinlink.Data.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>Accounts made through the service, and signing in the way a browser does, through the pages.</summary>
internal static class AccountsTestKit
{
    public const string Password = "correct horse battery";

    public static async Task<UserSummary> CreateAccountAsync(AppFixture app, string email, string role, string? party = null, string password = Password)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync(email, role, party, password);
    }

    public static async Task<T> WithAccountsAsync<T>(AppFixture app, Func<AccountService, Task<T>> use)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    /// <summary>A browser that is not signed in (no test headers): it walks the real sign-in pages.</summary>
    public static HttpClient Anonymous(this AppFixture app) => app.Browser(role: null);

    public static async Task<(HttpResponseMessage Response, string Html)> SignInAsync(this HttpClient client, string email, string password)
    {
        var (_, form) = await client.GetPageAsync("/Account/SignIn");
        return await client.PostFormAsync("/Account/SignIn", form, [new("email", email), new("password", password)]);
    }

    public static async Task<(HttpResponseMessage Response, string Html)> PostCodeAsync(this HttpClient client, string url, string code)
    {
        var (response, form) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await client.PostFormAsync(url, form, [new("code", code)]);
    }

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
