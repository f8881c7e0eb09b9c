using Kinlink.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Presentation;

/// <summary>
/// Runs a page's change and turns what the reader can correct (a field's error, a rule refused, a change made meanwhile)
/// into the form's errors, so the page shows itself again; a record that does not exist is left to the caller (404).
/// </summary>
public static class FormAttempt
{
    /// <returns>True when the change was made; false when <paramref name="errors"/> says why not.</returns>
    public static async Task<bool> RunAsync(FormErrors errors, Func<Task> change, Func<string, string>? rename = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await change();
            return true;
        }
        catch (ValidationFailedException failure)
        {
            errors.Add(failure, rename);
        }
        catch (DomainRuleException refusal)
        {
            errors.Add(refusal.Field, refusal.Message);
        }
        catch (ConflictException conflict)
        {
            errors.Add("version", conflict.Message);
        }

        return false;
    }

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
            if (await RunAsync(errors, change))
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
