using Kinlink.Data.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinlink.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<UserSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await accounts.ListUsersAsync(cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync([FromForm] string email, CancellationToken cancellationToken)
    {
        await accounts.UnlockAsync(email, cancellationToken);
        TempData["Notice"] = "Notice.AccountUnlocked";
        return RedirectToPage();
    }
}
