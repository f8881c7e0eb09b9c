using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Admin.Users;

/// <summary>
/// One account as an administrator manages it: disable or enable, role and party, two-factor reset, and its API
/// tokens. A new token is shown on the answer to the POST that made it and never again (only its hash is kept).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class DetailsModel(AccountService accounts, ApiTokenService tokens, PartyService parties, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    public UserSummary Account { get; private set; } = null!;

    public IReadOnlyList<ApiTokenSummary> Tokens { get; private set; } = [];

    public CreatedApiToken? CreatedToken { get; private set; }

    public string? Role { get; private set; }

    public string? Party { get; private set; }

    public string? TokenName { get; private set; }

    public string? TokenDays { get; private set; }

    public IReadOnlyList<Choice> Roles { get; private set; } = [];

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => accounts.DisableAsync(HttpContext.Actor(), Email, cancellationToken), "Notice.AccountDisabled", cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => accounts.EnableAsync(HttpContext.Actor(), Email, cancellationToken), "Notice.AccountEnabled", cancellationToken);

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => accounts.ResetTwoFactorAsync(HttpContext.Actor(), Email, cancellationToken), "Notice.TwoFactorReset", cancellationToken);

    public async Task<IActionResult> OnPostRoleAsync([FromForm] string? role, [FromForm] string? party, CancellationToken cancellationToken)
    {
        (Role, Party) = (role, party);
        return await ActAsync(() => accounts.ChangeRoleAsync(HttpContext.Actor(), Email, role ?? "", party, cancellationToken), "Notice.RoleChanged", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync([FromForm] string? tokenName, CancellationToken cancellationToken) =>
        await ActAsync(() => tokens.RevokeAsync(HttpContext.Actor(), Email, tokenName ?? "", cancellationToken), "Notice.TokenRevoked", cancellationToken);

    public async Task<IActionResult> OnPostCreateTokenAsync([FromForm] string? tokenName, [FromForm] string? tokenDays, CancellationToken cancellationToken)
    {
        (TokenName, TokenDays) = (tokenName, tokenDays);
        int? days = null;
        if (!string.IsNullOrWhiteSpace(tokenDays))
        {
            if (!int.TryParse(tokenDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                Errors.Add("tokenDays", localizer["Tokens.DaysNotNumber", ApiTokenService.MaxDays]);
                await LoadAsync(cancellationToken);
                return Page();
            }

            days = parsed;
        }

        try
        {
            CreatedToken = await tokens.CreateAsync(HttpContext.Actor(), Email, tokenName ?? "", days, cancellationToken);
            (TokenName, TokenDays) = (null, null);
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure, field => field switch { "name" => "tokenName", "days" => "tokenDays", _ => field });
        }
        catch (ConflictException)
        {
            Errors.Add("tokenName", localizer["Tokens.NameTaken"]);
        }

        // Answered directly rather than redirected: the token exists only in this response.
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Runs a change and redirects back with a notice, or shows the page again with the errors that name the field.</summary>
    private async Task<IActionResult> ActAsync(Func<Task> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            TempData["Notice"] = notice;
            return RedirectToPage(new { email = Email });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await accounts.GetAsync(Email, cancellationToken);
        Email = Account.Email;
        Tokens = await tokens.ListAsync(Email, cancellationToken);
        Role ??= Account.Role;
        Party ??= Account.PartyCode;
        Roles = [.. KinlinkRoles.All.Select(r => new Choice(r, localizer["Role." + r]))];
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
    }
}
