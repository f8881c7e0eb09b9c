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

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        // Opened directly rather than re-executed for a failed request: answer with the status it describes.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }
    }
}
