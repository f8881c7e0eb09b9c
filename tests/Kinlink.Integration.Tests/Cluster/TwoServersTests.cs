using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Cli;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinlink.Integration.Tests.Cluster;

/// <summary>
/// Two processes of the built web app on one PostgreSQL database, as two servers behind a load balancer without sticky
/// sessions: whichever server a request reaches, the sign-in, the persons, the versions and the audit trail are one.
/// </summary>
public sealed class TwoServersTests
{
    private const string Email = "caseworker@cluster.example";
    private const string Password = "a long enough passphrase";
    private const int ReadsPerServer = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [SkippableFact]
    public async Task Two_servers_on_one_PostgreSQL_share_sign_ins_persons_versions_and_one_audit_chain()
    {
        await using var database = TestDatabase.Create(DatabaseKind.Postgres);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "kinlink-cluster-tests", Guid.NewGuid().ToString("N"));
        try
        {
            // An empty database, as an administrator creates it (docs/deploy.md): the two servers migrate it together.
            await using (var db = database.NewContext())
            {
                await db.GetService<IRelationalDatabaseCreator>().CreateAsync();
            }

            // Each server has a data directory of its own, as on two machines; only the key files are copied across,
            // as docs/deploy.md says. The data-protection key ring lives in the database and is shared through it.
            string[] onDatabase = ["--provider", "Postgres", "--connection", database.ConnectionString, "--data-dir", dataDirectory];
            Assert.Equal(0, (await CliRunner.RunRawAsync(["keys", "init", .. onDatabase])).ExitCode);
            var dataDirectoryB = dataDirectory + "-b";
            KeyStore.EnsureDirectory(Path.Combine(dataDirectoryB, "keys"));
            foreach (var keyFile in Directory.GetFiles(Path.Combine(dataDirectory, "keys"), "*.key"))
            {
                File.Copy(keyFile, Path.Combine(dataDirectoryB, "keys", Path.GetFileName(keyFile)));
            }

            Dictionary<string, string> Settings(string directory) => new()
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Kinlink"] = database.ConnectionString,
                ["Kinlink__DataDirectory"] = directory,
                ["Kinlink__AllowInsecureCookies"] = "true",
            };
            await using var serverA = WebServerProcess.Start("A", Settings(dataDirectory));
            await using var serverB = WebServerProcess.Start("B", Settings(dataDirectoryB));
            await Task.WhenAll(serverA.WaitUntilReadyAsync(), serverB.WaitUntilReadyAsync());

            await using (var db = database.NewContext())
            {
                await TestRegistry.SeedAsync(db);
            }

            // The account and its API token are made by the command, on the same database and keys as the servers.
            var created = await CliRunner.RunRawWithInputAsync(Password + "\n", ["users", "create", "--email", Email, "--role", "caseworker", "--password-stdin", .. onDatabase]);
            Assert.True(created.ExitCode == 0, created.Error);
            var tokenRun = await CliRunner.RunRawAsync(["tokens", "create", "--user", Email, "--name", "cluster test", .. onDatabase]);
            Assert.True(tokenRun.ExitCode == 0, tokenRun.Error);
            var token = tokenRun.Out.Trim();

            await A_sign_in_on_one_server_is_accepted_by_the_other(serverA, serverB);

            // One key for both, made under the start-up lock, and stored encrypted: a dump of the database cannot sign cookies.
            await using (var db = database.NewContext())
            {
                var stored = Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
                Assert.Contains(typeof(KeyRingXmlDecryptor).FullName!, stored.Xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", stored.Xml, StringComparison.Ordinal);
            }

            using var apiA = ApiClient(serverA, token);
            using var apiB = ApiClient(serverB, token);
            await serverB.WaitForResidentIndexAsync();
            var (personId, reference, version) = await A_person_registered_on_one_server_is_found_by_a_fuzzy_search_on_the_other(apiA, apiB, serverB);

            await Concurrent_edits_through_both_servers_end_with_one_winner_and_one_409(apiA, apiB, reference, version);

            // Both servers read the person at once: each queues its audit entries and appends them to the one chain.
            var reads = Enumerable.Range(0, ReadsPerServer).SelectMany(_ => new[] { apiA, apiB })
                .Select(client => client.GetAsync(new Uri($"/api/persons/{reference}", UriKind.Relative)));
            Assert.All(await Task.WhenAll(reads), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

            // Each server writes its queue in order, so once both servers' reads are in, so are the edits before them.
            // The reads: the burst above and the one on each server that checked the edit's outcome.
            var entries = await WaitForEntriesAsync(database, personId, e => e.Action == AuditActions.PersonRead, (2 * ReadsPerServer) + 2);
            var changeEntries = entries.Where(e => e.Action.Split(',').Contains(AuditActions.PersonUpdate)).ToList();
            var changed = Assert.Single(changeEntries);
            Assert.NotNull(changed.Changes);
            Assert.StartsWith("PUT ", changed.Request, StringComparison.Ordinal);

            var verified = await CliRunner.RunRawAsync(["audit", "verify", .. onDatabase]);
            Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);
            Assert.StartsWith("audit trail intact:", verified.Out, StringComparison.Ordinal);
            await using (var db = database.NewContext())
            {
                var sequences = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
                Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
                Assert.Contains($"{sequences.Count} entries", verified.Out, StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var directory in new[] { dataDirectory, dataDirectory + "-b" }.Where(Directory.Exists))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task A_sign_in_on_one_server_is_accepted_by_the_other(WebServerProcess serverA, WebServerProcess serverB)
    {
        var cookies = new CookieContainer();
        using var browserA = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = serverA.Address };
        var (signedIn, signInHtml) = await browserA.SignInAsync(Email, Password);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in on A answered {signedIn.StatusCode}: {HtmlPage.VisibleText(signInHtml)}");

        // Server B gets the cookies server A set, as a browser behind a load balancer without sticky sessions sends them.
        using var browserB = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = serverB.Address };
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, new Uri("/Registry/Persons", UriKind.Relative));
        withCookie.Headers.Add("Cookie", cookies.GetCookieHeader(serverA.Address));
        var page = await browserB.SendAsync(withCookie);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"B answered {page.StatusCode} to A's cookie.\nA:\n{serverA.Output}\nB:\n{serverB.Output}");
        var pageHtml = await page.Content.ReadAsStringAsync();
        Assert.Contains(Email, HtmlPage.VisibleText(pageHtml), StringComparison.Ordinal);

        // A form served by B (its sign-out button) is accepted when posted to A: antiforgery tokens cross servers too.
        var (signedOut, _) = await browserA.PostFormAsync("/Account/SignOut", pageHtml, []);
        Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, $"A answered {signedOut.StatusCode} to B's form.\nA:\n{serverA.Output}");

        // Without the cookie, B sends the browser to sign in: the 200 above was the cookie's doing.
        var anonymous = await browserB.GetAsync(new Uri("/Registry/Persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    private static async Task<(PersonId Id, string Reference, int Version)> A_person_registered_on_one_server_is_found_by_a_fuzzy_search_on_the_other(HttpClient apiA, HttpClient apiB, WebServerProcess serverB)
    {
        var response = await apiA.PostAsJsonAsync("/api/persons", NewPerson("Олександр"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var id = person.GetProperty("id").GetGuid();

        // At once, on the other server, whose resident index was loaded before the person existed; spelt as a Russian form would give it.
        var search = await apiB.GetFromJsonAsync<JsonElement>($"/api/persons/search?q={Uri.EscapeDataString("Kowalenko Aleksandr")}&dob=1994", Json);
        var found = search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.True(found.Contains(id), $"B did not find the person A registered; found [{string.Join(", ", found)}].\nB:\n{serverB.Output}");
        return (new PersonId(id), person.GetProperty("reference").GetString()!, person.GetProperty("version").GetInt32());
    }

    private static async Task Concurrent_edits_through_both_servers_end_with_one_winner_and_one_409(HttpClient apiA, HttpClient apiB, string reference, int version)
    {
        var url = $"/api/persons/{reference}";
        var (editA, editB) = (apiA.PutAsJsonAsync(url, new { person = NewPerson("Олексій"), version }), apiB.PutAsJsonAsync(url, new { person = NewPerson("Остап"), version }));
        await Task.WhenAll(editA, editB);
        var statuses = new[] { (await editA).StatusCode, (await editB).StatusCode };
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses.Order());
        var winner = (await editA).StatusCode == HttpStatusCode.OK ? "Олексій" : "Остап";

        foreach (var api in new[] { apiA, apiB })
        {
            var stored = await api.GetFromJsonAsync<JsonElement>(url, Json);
            Assert.Equal(winner, stored.GetProperty("givenName").GetString());
            Assert.Equal(version + 1, stored.GetProperty("version").GetInt32());
        }
    }

    private static async Task<List<AuditEntry>> WaitForEntriesAsync(TestDatabase database, PersonId personId, Func<AuditEntry, bool> counted, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using var db = database.NewContext();
            var entries = await db.AuditEntries.AsNoTracking()
                .Where(e => db.Set<AuditEntryPerson>().Any(p => p.EntrySequence == e.Sequence && p.PersonId == personId))
                .OrderBy(e => e.Sequence).ToListAsync();
            var count = entries.Count(counted);
            if (count >= expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, count);
                return entries;
            }

            await Task.Delay(100);
        }
    }

    private static HttpClient ApiClient(WebServerProcess server, string token)
    {
        var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static object NewPerson(string givenName) => new
    {
        surname = "Коваленко",
        givenName,
        patronymic = "Миколайович",
        sex = "M",
        dateOfBirth = "1994-03-12",
        category = "pow",
        dependsOn = "UA",
    };
}
