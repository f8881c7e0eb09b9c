using Kinlink.Domain.Common;

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
}
