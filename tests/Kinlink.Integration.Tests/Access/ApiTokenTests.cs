using System.Net;
using System.Security.Cryptography;
using System.Text;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Cli;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>API tokens as a machine client uses them: Authorization: Bearer on /api, with the account's role and party.</summary>
public sealed class ApiTokenTests
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_token_made_by_the_cli_opens_the_api_with_the_accounts_party_scope_until_it_is_revoked(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await ApiTokenTestKit.SeedPersonsAsync(app);
        await AccountsTestKit.CreateAccountAsync(app, "bureau.ua@test.example", "bureau-officer", "UA");
        string[] database = ["--provider", app.Database.ProviderName, "--connection", app.Database.ConnectionString];

        var created = await CliRunner.RunRawAsync(["tokens", "create", "--user", "bureau.ua@test.example", "--name", "weekly upload", .. database]);

        Assert.Equal(0, created.ExitCode);
        var token = created.Out.Trim();
        Assert.Equal(created.Out, token + Environment.NewLine);
        Assert.StartsWith(ApiTokenService.Prefix, token, StringComparison.Ordinal);
        Assert.Contains("not shown again", created.Error, StringComparison.Ordinal);

        using var machine = app.Bearer(token);
        Assert.Equal(["Jones", "Коваленко"], await ApiTokenTestKit.SurnamesAsync(machine));

        await using (var db = app.Database.NewContext())
        {
            var row = await db.ApiTokens.SingleAsync();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), row.Hash);
            Assert.DoesNotContain(token, row.Hash + row.Name + row.CreatedBy, StringComparison.Ordinal);
            Assert.Equal(app.Factory.Clock.GetUtcNow(), row.LastUsedAt);
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TokenCreate && e.PersonCount == 0));
        }

        if (app.Database.SqlitePath is { } file)
        {
            // Nowhere in the database file or its journal, not only not in the row.
            var bytes = Encoding.UTF8.GetBytes(token);
            foreach (var part in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                Assert.Equal(-1, File.ReadAllBytes(part).AsSpan().IndexOf(bytes));
            }
        }

        var listed = await CliRunner.RunRawAsync(["tokens", "list", "--user", "bureau.ua@test.example", .. database]);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("weekly upload", listed.Out, StringComparison.Ordinal);
        Assert.Contains("active", listed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(token, listed.Out, StringComparison.Ordinal);

        var revoked = await CliRunner.RunRawAsync(["tokens", "revoke", "--user", "bureau.ua@test.example", "--name", "weekly upload", .. database]);
        Assert.Equal(0, revoked.ExitCode);

        var refused = await machine.GetAsync(new Uri("/api/persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Bearer", refused.WwwAuthenticate(), StringComparison.Ordinal);
        Assert.Contains("revoked", refused.WwwAuthenticate(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_expired_token_and_an_unknown_one_get_401(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "analyst@test.example", "analyst");
        var created = await ApiTokenTestKit.CreateTokenAsync(app, "analyst@test.example", "report", days: 1);
        using var machine = app.Bearer(created.Token);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);

        app.Factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        var expired = await machine.GetAsync(new Uri("/api/persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", expired.WwwAuthenticate(), StringComparison.Ordinal);

        using var guessed = app.Bearer(ApiTokenService.Prefix + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await guessed.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
        using var none = app.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_token_does_not_open_a_page_and_the_account_gate_does_not_hold_it(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        // An administrator without two-factor sign-in: a person would be sent to set it up first.
        await AccountsTestKit.CreateAccountAsync(app, "root@test.example", "admin");
        var created = await ApiTokenTestKit.CreateTokenAsync(app, "root@test.example", "script");
        using var machine = app.Bearer(created.Token);

        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);

        foreach (var page in new[] { "/Registry/Persons", "/Admin/Users", "/" })
        {
            var response = await machine.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/SignIn", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_token_holds_the_role_of_its_account_so_a_read_only_account_cannot_write(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await AccountsTestKit.CreateAccountAsync(app, "liaison.ua@test.example", "liaison-officer", "UA");
        var created = await ApiTokenTestKit.CreateTokenAsync(app, "liaison.ua@test.example", "reader");
        using var machine = app.Bearer(created.Token);

        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(new Uri("/api/persons", UriKind.Relative))).StatusCode);
        var write = await machine.PostAsync(new Uri("/api/persons", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { surname = "Test" }));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_information_bureau_uploads_its_list_with_a_token_and_the_import_names_its_account(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await AccountsTestKit.CreateAccountAsync(app, "bureau.ua@test.example", "bureau-officer", "UA");
        var created = await ApiTokenTestKit.CreateTokenAsync(app, "bureau.ua@test.example", "list upload");
        using var machine = app.Bearer(created.Token);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("service_number,surname,given_name,depends_on,place,event,event_date\nР-1,Смирнов,Иван,RU,UA-CAMP-01,captured,2026-10-01\n"));
        file.Headers.ContentType = new("text/csv");
        using var upload = new MultipartFormDataContent { { file, "file", "list.csv" }, { new StringContent("UA"), "party" }, { new StringContent("list of 2026-11-20"), "source" } };

        var response = await machine.PostAsync(new Uri("/api/imports", UriKind.Relative), upload);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.Database.NewContext();
        Assert.Equal(["Смирнов"], await db.NameForms.Select(f => f.Surname).ToListAsync());
        Assert.Equal("bureau.ua@test.example", (await db.SourceLists.SingleAsync()).ImportedBy);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Days_names_and_accounts_are_checked_with_errors_naming_the_field(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await AccountsTestKit.CreateAccountAsync(app, "analyst@test.example", "analyst");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();

        foreach (var days in new[] { 0, -3, ApiTokenService.MaxDays + 1 })
        {
            var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => tokens.CreateAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "report", days));
            Assert.Equal(["days"], failure.Errors.Keys);
        }

        var blank = await Assert.ThrowsAsync<ValidationFailedException>(() => tokens.CreateAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "  "));
        Assert.Equal(["name"], blank.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() => tokens.CreateAsync(ApiTokenTestKit.Administrator, "nobody@test.example", "report"));

        var first = await tokens.CreateAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "report", ApiTokenService.MaxDays);
        Assert.Equal(app.Factory.Clock.GetUtcNow().AddDays(ApiTokenService.MaxDays), first.ExpiresAt);
        await Assert.ThrowsAsync<ConflictException>(() => tokens.CreateAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "report"));

        // Revoking gives the name back for a successor; the revoked row stays for the record.
        await tokens.RevokeAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "report");
        var second = await tokens.CreateAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "report");
        Assert.Equal(app.Factory.Clock.GetUtcNow().AddDays(ApiTokenService.DefaultDays), second.ExpiresAt);
        var listed = await tokens.ListAsync("analyst@test.example");
        Assert.Equal([true, false], listed.Select(t => t.Active));
        Assert.Equal("admin@test.example", listed[1].RevokedBy);
        await Assert.ThrowsAsync<NotFoundException>(() => tokens.RevokeAsync(ApiTokenTestKit.Administrator, "analyst@test.example", "no such token"));
    }
}
