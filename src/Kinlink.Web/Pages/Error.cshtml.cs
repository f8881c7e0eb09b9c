using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages;

/// <summary>The friendly page shown for a status code without a body (404 and others) on non-API paths.</summary>
[PublicAccess("A signed-out reader who mistypes an address, or whose session ended, still gets the friendly page.")]
[IgnoreAntiforgeryToken] // a re-executed POST (a form for a person that no longer exists) lands here too
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public bool IsTooManyRequests => Code == StatusCodes.Status429TooManyRequests;

    /// <summary>An error on the families' public pages: shown in their layout, without links into the staff's pages.</summary>
    public bool IsPublicPage { get; private set; }

    /// <summary>How long the rate limiter asked the client to wait (its Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    public void OnGet([FromRoute] int code) => Show(code);

    // From the route only: a re-executed form may hold a field of the same name (the status page's secret code).
    public void OnPost([FromRoute] int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        IsPublicPage = originalPath.StartsWith("/enquire", StringComparison.OrdinalIgnoreCase);
        if (int.TryParse(Response.Headers.RetryAfter.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            RetryAfter = TimeSpan.FromSeconds(seconds);
        }

        // Opened directly rather than re-executed for a failed request: answer with the status it describes.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }
    }
}
