using System.Net;
using System.Text.RegularExpressions;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Security;

/// <summary>Every form post needs the antiforgery token: found from the app's own endpoints, so a new page is checked too.</summary>
public sealed partial class AntiforgeryTests
{
    /// <summary>Pages that take a post without a token, each with its reason.</summary>
    private static readonly Dictionary<string, string> OpenToPostsWithoutToken = new(StringComparer.Ordinal)
    {
        // A failed form post is re-executed here to show the friendly error page; it changes nothing.
        ["/Error/{code:int}"] = "re-executed error page",
    };

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_page_post_handler_refuses_a_post_without_the_token_and_accepts_one_with_it(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var posts = await PostHandlersAsync(app);
        // The pages of the registry, of accounts and the sign-in pages: an empty list would prove nothing.
        Assert.Contains(posts, p => p.Route == "Account/SignIn");
        Assert.Contains(posts, p => p.Route == "Registry/Persons/{id}/Edit");
        Assert.Contains(posts, p => p.Route == "Admin/Users" && p.Handler == "Unlock");

        using var admin = app.Browser("admin");
        // The notifications feed is a party officer's page: the administrator would be refused before the token is checked.
        using var partyOfficer = app.Browser("bureau-officer", "UA");
        // So is the answer to a visit request, a liaison officer's.
        using var liaisonOfficer = app.Browser("liaison-officer", "RU");
        var tokens = new Dictionary<HttpClient, string>();
        foreach (var signedIn in new[] { admin, partyOfficer, liaisonOfficer })
        {
            var (_, tokenPage) = await signedIn.GetPageAsync("/Registry/Persons");
            tokens[signedIn] = HtmlPage.AntiforgeryToken(tokenPage);
        }

        var problems = new List<string>();
        foreach (var (route, handler) in posts)
        {
            if (OpenToPostsWithoutToken.ContainsKey("/" + route))
            {
                continue;
            }

            // The detaining authority's mail pages are a party officer's too, and so are the deaths notified to the party of origin.
            var client = route.StartsWith("Transmissions", StringComparison.Ordinal) || route.StartsWith("Mail/Authority", StringComparison.Ordinal)
                || route.StartsWith("Deaths/Received", StringComparison.Ordinal) ? partyOfficer
                : route.StartsWith("Visits/Answers", StringComparison.Ordinal) ? liaisonOfficer : admin;
            var token = tokens[client];

            // A {id:guid} route (a duplicate pair) takes an id, any other a person's reference; an unknown id is fine here.
            var url = "/" + RouteParameter().Replace(route, m => m.Value.EndsWith(":guid}", StringComparison.Ordinal) ? Guid.CreateVersion7().ToString() : data.Kovalenko)
                + (handler is null ? "" : "?handler=" + handler);
            var without = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("surname", "x")]));
            if (without.StatusCode != HttpStatusCode.BadRequest)
            {
                problems.Add($"POST {url} without a token: {(int)without.StatusCode}, expected 400");
            }

            var with = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("surname", "x"), new("__RequestVerificationToken", token)]));
            if (with.StatusCode == HttpStatusCode.BadRequest)
            {
                problems.Add($"POST {url} with the token: 400, so the refusal above proves nothing");
            }
        }

        Assert.Empty(problems);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_post_form_on_every_page_carries_the_token(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        var data = await WebTestData.SeedAsync(app);
        var admin = await AccountsTestKit.CreateAccountAsync(app, "forms.admin@test.example", "admin");
        using var client = app.Browser("admin", userId: admin.Id);
        using var anonymous = app.Anonymous();
        var pages = new List<(HttpClient Client, string Url)> { (anonymous, "/Account/SignIn") };
        pages.AddRange(SecurityHeadersTests.PageUrls(data, admin.Email).Select(url => (client, url)));

        var formsSeen = 0;
        var problems = new List<string>();
        foreach (var (pageClient, url) in pages)
        {
            var (_, html) = await pageClient.GetPageAsync(url);
            foreach (Match form in PostForm().Matches(html))
            {
                formsSeen++;
                if (!form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal))
                {
                    problems.Add($"{url}: {form.Value[..Math.Min(120, form.Value.Length)]}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(formsSeen > pages.Count, $"only {formsSeen} post forms on {pages.Count} pages");
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_import_api_wants_the_token_from_a_signed_in_browser_but_not_from_other_callers(DatabaseKind kind)
    {
        await using var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        await AccountsTestKit.CreateAccountAsync(app, "officer@test.example", "caseworker");
        using var browser = app.Anonymous();
        var (signedIn, _) = await browser.SignInAsync("officer@test.example", AccountsTestKit.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var without = await browser.PostAsync(new Uri("/api/imports", UriKind.Relative), ImportForm(null));
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("antiforgery", await without.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var (_, page) = await browser.GetPageAsync("/Registry/Imports");
        var with = await browser.PostAsync(new Uri("/api/imports", UriKind.Relative), ImportForm(HtmlPage.AntiforgeryToken(page)));
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);

        // A caller that does not ride on the browser's sign-in cookie cannot be led by another site, so it needs no token.
        using var api = app.CreateClient("caseworker");
        var direct = await api.PostAsync(new Uri("/api/imports", UriKind.Relative), ImportForm(null, "RU-2"));
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
    }

    private static MultipartFormDataContent ImportForm(string? token, string serviceNumber = "RU-1")
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"service_number,surname,given_name,depends_on,category\n{serviceNumber},Иванов,Иван,RU,pow\n")), "file", "list.csv" },
            { new StringContent("RU"), "party" },
            { new StringContent("list of 2026-11-20"), "source" },
        };
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return form;
    }

    /// <summary>Each page route with a POST handler, and the handler's name (null for plain OnPost), from the app's endpoint metadata.</summary>
    private static async Task<List<(string Route, string? Handler)>> PostHandlersAsync(AppFixture app)
    {
        var loader = app.Factory.Services.GetRequiredService<PageLoader>();
        var found = new List<(string, string?)>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            found.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => (endpoint.RoutePattern.RawText!, h.Name)));
        }

        return found.Distinct().ToList();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"<form\b[^>]*\bmethod=""post""[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();
}
