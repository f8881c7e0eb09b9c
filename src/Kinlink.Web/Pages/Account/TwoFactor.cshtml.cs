using Kinlink.Data.Access;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Account;

[PublicAccess("The second step of signing in: the password is checked, the account is not signed in yet.")]
public sealed class TwoFactorModel(SignInManager<KinlinkUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync([FromForm] string? code)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = digits.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Errors.Add("code", localizer[result.IsLockedOut ? "Account.LockedOut" : "Account.CodeWrong"]);
        return Page();
    }

    /// <summary>For a lost or broken phone: one of the codes shown when two-factor sign-in was turned on, each good once.</summary>
    public async Task<IActionResult> OnPostRecoveryAsync([FromForm] string? recoveryCode)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var typed = new string((recoveryCode ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (typed.Length == 0)
        {
            Errors.Add("recoveryCode", localizer["Account.RecoveryCodeRequired"]);
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(typed);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Notice.RecoveryCodeUsed";
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Errors.Add("recoveryCode", localizer[result.IsLockedOut ? "Account.LockedOut" : "Account.RecoveryCodeWrong"]);
        return Page();
    }
}
