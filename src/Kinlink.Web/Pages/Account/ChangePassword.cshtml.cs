using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ChangePasswordModel(UserManager<KinlinkUser> users, SignInManager<KinlinkUser> signIn, AccountService accounts) : PageModel
{
    public bool MustChange { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? currentPassword, [FromForm] string? newPassword, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        try
        {
            await accounts.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "", cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
            return Page();
        }

        // The change rotates the security stamp; a new cookie keeps this session and drops the must-change claim.
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Notice.PasswordChanged";
        return LocalRedirect("/");
    }
}
