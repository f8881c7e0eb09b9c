using Kinlink.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Presentation;

/// <summary>
/// A record page's change with post-redirect-get: what the reader can correct (a field's error, a rule refused, a change
/// made meanwhile) becomes the form's errors through <see cref="FormErrors.TryAsync"/>; a record that does not exist is 404.
/// </summary>
public static class FormAttempt
{
    /// <summary>
    /// A record page's change: made, it redirects to <paramref name="redirectPage"/> (post-redirect-get); refused, the page
    /// shows itself again with the errors once <paramref name="reload"/> has read the record; a record that is not there is 404.
    /// </summary>
    public static async Task<IActionResult> ChangeAsync(this PageModel page, FormErrors errors, Func<Task> change, string redirectPage, object routeValues, Func<Task<bool>> reload)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(reload);
        try
        {
            ArgumentNullException.ThrowIfNull(errors);
            if (await errors.TryAsync(change))
            {
                return page.RedirectToPage(redirectPage, routeValues);
            }
        }
        catch (NotFoundException)
        {
            return page.NotFound();
        }

        return await reload() ? page.Page() : page.NotFound();
    }
}
