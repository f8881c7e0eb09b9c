using System.Globalization;
using System.Security.Claims;
using Kinlink.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinlink.Data.Access;

/// <summary>
/// Adds Kinlink's claims to the sign-in cookie: the party code, so services scope a party's officer to their
/// party without reading the account on every request, and the two-factor and must-change flags for the web gate.
/// </summary>
public sealed class KinlinkClaimsPrincipalFactory(
    UserManager<KinlinkUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options, KinlinkDbContext db)
    : UserClaimsPrincipalFactory<KinlinkUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KinlinkUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PartyId is { } partyId)
        {
            var code = await db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => p.Code).SingleAsync();
            identity.AddClaim(new Claim(AccessClaims.Party, code));
        }

        identity.AddClaim(new Claim(AccessClaims.TwoFactor, user.TwoFactorEnabled.ToString(CultureInfo.InvariantCulture).ToLowerInvariant()));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccessClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
