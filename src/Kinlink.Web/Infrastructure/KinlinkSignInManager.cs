using Kinlink.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Infrastructure;

/// <summary>Identity's sign-in manager, which also refuses a disabled account (password, two-factor and recovery-code steps alike).</summary>
internal sealed class KinlinkSignInManager(
    UserManager<KinlinkUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<KinlinkUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<KinlinkUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<KinlinkUser> confirmation)
    : SignInManager<KinlinkUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(KinlinkUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }
}
