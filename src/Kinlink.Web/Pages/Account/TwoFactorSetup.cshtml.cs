using Kinlink.Data.Access;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web.Pages.Account;

/// <summary>
/// Turns on two-factor sign-in: shows the shared key (in groups, to type into an app) and an otpauth:// link
/// as text rather than a QR code, which would need a library and does not read aloud.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorSetupModel(UserManager<KinlinkUser> users, SignInManager<KinlinkUser> signIn, AccountService accounts) : PageModel
{
    public bool AlreadyOn { get; private set; }

    public bool Required { get; private set; }

    public string GroupedKey { get; private set; } = "";

    public string SetupUri { get; private set; } = "";

    /// <summary>Set only on the answer that turned two-factor sign-in on.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync([FromForm] string? code)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        try
        {
            RecoveryCodes = await accounts.EnableTwoFactorAsync(user, code ?? "");
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
            return Page();
        }

        // A new cookie, so the two-factor claim the gate reads is true from the next request on.
        await signIn.RefreshSignInAsync(user);
        // Answered here rather than redirected: the recovery codes are stored hashed and exist only in this response.
        return Page();
    }

    private async Task<KinlinkUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        AlreadyOn = user.TwoFactorEnabled;
        Required = AccountGate.NeedsTwoFactorSetup(User);
        if (!AlreadyOn)
        {
            var key = await accounts.AuthenticatorKeyAsync(user);
            GroupedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
            var label = Uri.EscapeDataString("Kinlink:" + user.Email);
            SetupUri = $"otpauth://totp/{label}?secret={key}&issuer=Kinlink&digits=6&period=30";
        }

        return user;
    }
}
