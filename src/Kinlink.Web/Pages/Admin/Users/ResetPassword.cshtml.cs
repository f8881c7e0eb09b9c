using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Admin.Users;

/// <summary>An administrator's reset. A one-time password is shown once, on the answer to the POST, and never stored in clear.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ResetPasswordModel(AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    public PasswordReset? Done { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Email = (await accounts.GetAsync(Email, cancellationToken)).Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? password, CancellationToken cancellationToken)
    {
        try
        {
            Done = await accounts.ResetPasswordAsync(Email, password, cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }

        return Page();
    }
}
