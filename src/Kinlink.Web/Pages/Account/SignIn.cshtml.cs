using Kinlink.Data.Access;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Account;

[PublicAccess("The way in: signing in cannot require being signed in.")]
public sealed class SignInModel(SignInManager<KinlinkUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string? Email { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? email, [FromForm] string? password)
    {
        Email = email?.Trim();
        if (string.IsNullOrEmpty(Email))
        {
            Errors.Add("email", localizer["Account.EmailRequired"]);
        }

        if (string.IsNullOrEmpty(password))
        {
            Errors.Add("password", localizer["Account.PasswordRequired"]);
        }

        if (Errors.Any)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email!, password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturnUrl() });
        }

        // One message for a wrong email and a wrong password, so the form does not tell which addresses have accounts.
        Errors.Add("email", localizer[result.IsLockedOut ? "Account.LockedOut" : "Account.SignInFailed"]);
        return Page();
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
