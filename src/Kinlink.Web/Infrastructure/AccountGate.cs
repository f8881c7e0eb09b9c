using System.Security.Claims;
using Kinlink.Data.Access;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Before anything else, an administrator without two-factor sign-in is sent to set it up, and an account
/// holding a one-time password is sent to choose its own. Only the account pages stay reachable meanwhile.
/// </summary>
internal sealed class AccountGate(RequestDelegate next)
{
    public const string TwoFactorSetupPath = "/Account/TwoFactorSetup";
    public const string ChangePasswordPath = "/Account/ChangePassword";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || IsAlwaysOpen(context.Request.Path) || IsMachineClient(user))
        {
            return next(context);
        }

        var target = NeedsTwoFactorSetup(user) ? TwoFactorSetupPath : user.HasClaim(AccessClaims.MustChangePassword, "true") ? ChangePasswordPath : null;
        if (target is null)
        {
            return next(context);
        }

        if (IsApi(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            context.Response.Redirect(target);
        }

        return Task.CompletedTask;
    }

    public static bool NeedsTwoFactorSetup(ClaimsPrincipal user) =>
        user.IsInRole(KinlinkRoles.Admin) && !user.HasClaim(AccessClaims.TwoFactor, "true");

    /// <summary>
    /// A script using an API token cannot enrol an authenticator or choose a password, and the token was issued by a
    /// (two-factor) administrator who vouched for it; the person's own pending steps wait for their next sign-in.
    /// </summary>
    private static bool IsMachineClient(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ApiTokenAuthenticationHandler.TokenClaim);

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/scalar") || path.StartsWithSegments("/health");

    private static bool IsAlwaysOpen(PathString path) =>
        path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/Language", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health");
}
