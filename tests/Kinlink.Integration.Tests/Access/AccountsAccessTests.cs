using System.Net;
using System.Net.Http.Json;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>Who may reach what: signed out, by role, and the rules an account's role and party must follow.</summary>
public sealed class AccountsAccessTests
{
    [Fact]
    public async Task Signed_out_pages_go_to_sign_in_the_api_answers_401_and_health_and_openapi_stay_open()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        using var client = app.Anonymous();

        var (page, _) = await client.GetPageAsync("/Registry/Persons");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/SignIn", page.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetPageAsync("/api/persons")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/persons", new { surname = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/health")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/openapi/v1.json")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/Account/SignIn")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/css/site.css")).Response.StatusCode);
    }

    [Fact]
    public async Task Roles_without_registry_writing_get_403_on_writes_but_read()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var liaison = app.CreateClient("liaison-officer", "RU");
        using var analyst = app.Browser("analyst");

        Assert.Equal(HttpStatusCode.OK, (await liaison.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/persons", new { surname = "Коваленко" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await liaison.PostAsJsonAsync("/api/places", new { code = "RU-X" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetPageAsync("/Registry/Persons")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetPageAsync("/Registry/Persons/New")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetPageAsync("/Admin/Users")).Response.StatusCode);
        var (imports, importsHtml) = await analyst.GetPageAsync("/Registry/Imports");
        Assert.Equal(HttpStatusCode.OK, imports.StatusCode);
        var (upload, _) = await analyst.PostFormAsync("/Registry/Imports", importsHtml, [new("party", "RU")]);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);

        using var bureau = app.CreateClient("bureau-officer", "RU");
        var created = await bureau.PostAsJsonAsync("/api/persons", new { surname = "Коваленко", givenName = "Віталій", sex = "M", category = "pow", dependsOn = "UA" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_an_account_from_the_form_and_sees_it_listed()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await TestRegistry.SeedAsync(app.Factory.Services);
        using var admin = app.Browser("admin");

        var (_, form) = await admin.GetPageAsync("/Admin/Users/New");
        var (refused, refusedHtml) = await admin.PostFormAsync("/Admin/Users/New", form,
            [new("email", "bureau@test.example"), new("role", "bureau-officer"), new("party", ""), new("password", "a long enough passphrase")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("href=\"#party\"", refusedHtml, StringComparison.Ordinal);

        var (created, _) = await admin.PostFormAsync("/Admin/Users/New", form,
            [new("email", "bureau@test.example"), new("role", "bureau-officer"), new("party", "RU"), new("password", "a long enough passphrase")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, list) = await admin.GetPageAsync("/Admin/Users");
        var text = HtmlPage.VisibleText(list);
        Assert.Contains("bureau@test.example", text, StringComparison.Ordinal);
        Assert.Contains("Information bureau officer", text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Roles_and_parties_must_match_and_passwords_be_long(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);

        async Task<ValidationFailedException> Refused(string role, string? party, string password = AccountsTestKit.Password) =>
            await Assert.ThrowsAsync<ValidationFailedException>(() => AccountsTestKit.CreateAccountAsync(app, "x@test.example", role, party, password));

        Assert.Contains("give the party", Assert.Single((await Refused("liaison-officer", null)).Errors["party"]), StringComparison.Ordinal);
        Assert.Contains("leave the party out", Assert.Single((await Refused("caseworker", "UA")).Errors["party"]), StringComparison.Ordinal);
        Assert.Contains("is not a conflict party", Assert.Single((await Refused("bureau-officer", "KL")).Errors["party"]), StringComparison.Ordinal);
        Assert.Contains("is not a role", Assert.Single((await Refused("superuser", null)).Errors["role"]), StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", Assert.Single((await Refused("analyst", null, "short pass")).Errors["password"]), StringComparison.Ordinal);

        var ok = await AccountsTestKit.CreateAccountAsync(app, "liaison@test.example", "liaison-officer", "ua");
        Assert.Equal("UA", ok.PartyCode);
        Assert.Equal("liaison-officer", ok.Role);
        await Assert.ThrowsAsync<ConflictException>(() => AccountsTestKit.CreateAccountAsync(app, "liaison@test.example", "analyst"));
    }

    [Fact]
    public async Task A_party_account_signs_in_with_its_party_code_as_a_claim_and_the_intermediarys_staff_without_one()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await AccountsTestKit.CreateAccountAsync(app, "bureau@test.example", "bureau-officer", "UA");
        await AccountsTestKit.CreateAccountAsync(app, "staff@test.example", "caseworker");

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KinlinkUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<KinlinkUser>>();
        var bureau = await factory.CreateAsync((await users.FindByEmailAsync("bureau@test.example"))!);
        var staff = await factory.CreateAsync((await users.FindByEmailAsync("staff@test.example"))!);

        Assert.Equal("UA", bureau.FindFirst(AccessClaims.Party)?.Value);
        Assert.True(bureau.IsInRole("bureau-officer"));
        Assert.Null(staff.FindFirst(AccessClaims.Party));
        Assert.Equal("staff@test.example", staff.Identity?.Name);
    }
}
