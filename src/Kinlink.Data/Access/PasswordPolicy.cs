using Microsoft.AspNetCore.Identity;

namespace Kinlink.Data.Access;

/// <summary>
/// NIST SP 800-63B style: length is what counts, so at least 12 characters and no rules about digits,
/// capitals or symbols (they push people to predictable patterns such as "Password1!").
/// Lockout after 5 failures for 15 minutes slows guessing without locking staff out for a day.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedEmail = false;
        options.ClaimsIdentity.RoleClaimType = System.Security.Claims.ClaimTypes.Role;
    }
}
