using Kinlink.Data.Access;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class NewModel(AccountService accounts, PartyService parties, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string? Email { get; private set; }

    public string? DisplayName { get; private set; }

    public string? Role { get; private set; }

    public string? Party { get; private set; }

    public IReadOnlyList<Choice> Roles { get; private set; } = [];

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(
        [FromForm] string? email, [FromForm] string? displayName, [FromForm] string? role, [FromForm] string? party, [FromForm] string? password, CancellationToken cancellationToken)
    {
        (Email, DisplayName, Role, Party) = (email, displayName, role, party);
        try
        {
            await accounts.CreateUserAsync(email ?? "", role ?? "", party, password ?? "", displayName, cancellationToken);
            TempData["Notice"] = "Notice.AccountCreated";
            return RedirectToPage("/Admin/Users/Index");
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (ConflictException)
        {
            Errors.Add("email", localizer["Users.EmailTaken"]);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Roles = [.. KinlinkRoles.All.Select(r => new Choice(r, localizer["Role." + r]))];
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
    }
}
