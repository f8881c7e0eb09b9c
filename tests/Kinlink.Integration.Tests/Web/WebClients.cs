using Kinlink.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinlink.Integration.Tests.Web;

/// <summary>A browser-like client: keeps cookies (antiforgery, culture, notices) and shows redirects instead of following them.</summary>
internal static class WebClients
{
    /// <summary>Signed in by test headers as <paramref name="role"/>; role null for a signed-out browser (to walk the sign-in pages).</summary>
    public static HttpClient Browser(this AppFixture app, string? role = "caseworker", string? party = null, Guid? userId = null) =>
        AppFixture.SignedIn(app.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }), role, party, userId);

    public static async Task<(HttpResponseMessage Response, string Html)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form the way a browser does, with the antiforgery token the form carried.</summary>
    public static async Task<(HttpResponseMessage Response, string Html)> PostFormAsync(this HttpClient client, string url, string formHtml, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", HtmlPage.AntiforgeryToken(formHtml))));
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static string WithCulture(this string url, string culture) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
}
