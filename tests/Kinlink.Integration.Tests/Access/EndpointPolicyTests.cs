using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Access;

public sealed class EndpointPolicyTests
{
    /// <summary>
    /// The fallback policy already asks for sign-in, but a route that relies on it has made no decision. Every route
    /// names what it needs, or says why it is open to all; plain [AllowAnonymous] does not count, and both at once is a contradiction.
    /// </summary>
    [Fact]
    public async Task Every_route_and_page_names_a_policy_or_says_why_it_is_public()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var routes = await AppRoutes.ReadAsync(app.Factory.Services);

        var problems = new List<string>();
        foreach (var route in routes)
        {
            if (route.AnonymousWithoutReason)
            {
                problems.Add($"{route.Key} ({route.DisplayName}): open to all without a reason; use [PublicAccess(\"why\")] or .AllowPublicAccess(\"why\")");
            }
            else if (route.PublicAccess is not null && route.Policies.Count > 0)
            {
                problems.Add($"{route.Key} ({route.DisplayName}): both public ({route.PublicAccess.Reason}) and policy {string.Join(", ", route.Policies)}; the public marking wins, so choose one");
            }
            else if (route.PublicAccess is null && route.Policies.Count == 0)
            {
                problems.Add($"{route.Key} ({route.DisplayName}): no named policy and no [PublicAccess(\"why\")]");
            }
        }

        Assert.True(problems.Count == 0, "Routes without an authorization decision:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>The test above sees only what the metadata shows: if pages went missing from it, it would pass on nothing.</summary>
    [Fact]
    public async Task The_route_list_holds_every_page_in_the_source_tree_and_the_infrastructure_routes()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var routes = await AppRoutes.ReadAsync(app.Factory.Services);
        var pagesDirectory = Path.Combine(UiResources.RepositoryRoot(), "src", "Kinlink.Web", "Pages");
        var pageFiles = Directory.EnumerateFiles(pagesDirectory, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Select(f => "/" + Path.ChangeExtension(Path.GetRelativePath(pagesDirectory, f), null).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal).ToList();

        var pagesFound = routes.Where(r => r.IsPage).Select(r => r.PagePath!).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(pageFiles.Count >= 20, $"Only {pageFiles.Count} page files found under {pagesDirectory}.");
        Assert.Equal(pageFiles, pagesFound);
        Assert.Contains(routes, r => r.Key == "* /health");
        Assert.Contains(routes, r => r.Key.StartsWith("GET /openapi/", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Key.StartsWith("GET /scalar", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Key == "POST /api/persons");
    }

    /// <summary>A write must ask for more than being signed in: reading is for everyone, changing is not.</summary>
    [Fact]
    public async Task Every_api_write_needs_more_than_reading()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var readOnly = new[] { Kinlink.Web.Policies.RegistryRead, Kinlink.Web.Policies.SignedIn };
        var writes = (await AppRoutes.ReadAsync(app.Factory.Services))
            .Where(r => !r.IsPage && r.Key.Split(' ')[0] is "POST" or "PUT" or "PATCH" or "DELETE").ToList();
        Assert.NotEmpty(writes);

        var problems = writes.Where(r => r.PublicAccess is not null || r.Policies.All(readOnly.Contains))
            .Select(r => $"{r.Key}: policies [{string.Join(", ", r.Policies)}] let any signed-in account write").ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
