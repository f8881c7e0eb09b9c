using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;

namespace Kinlink.Web.Pages;

/// <summary>
/// The language switcher: plain links set the culture cookie and go back where the reader was, so it works
/// without JavaScript. Changing a display preference is safe to do on GET.
/// </summary>
[PublicAccess("The sign-in page offers the language switch too; it only sets a display preference.")]
public sealed class LanguageModel(CookieSecurity cookieSecurity) : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        if (UiCultures.Find(culture) is { } supported)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    // No script reads the language: the server does, on each request.
                    HttpOnly = true,
                    Secure = cookieSecurity.SecureFor(Request),
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                });
        }

        return LocalRedirect(WithoutCultureInQuery(returnUrl));
    }

    /// <summary>A culture in the query string would outrank the cookie just set, so it is dropped from the way back.</summary>
    private string WithoutCultureInQuery(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl))
        {
            return "/";
        }

        var queryStart = returnUrl.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return returnUrl;
        }

        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[queryStart..])
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(returnUrl[..queryStart], kept);
    }
}
