using System.Security.Claims;
using System.Text.Encodings.Web;
using Kinlink.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kinlink.Testing;

/// <summary>
/// Signs a test request in from headers, so tests about the registry need not walk the sign-in pages.
/// Registered by <see cref="KinlinkAppFactory"/> only: the production app has no such scheme.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";
    public const string PartyHeader = "X-Test-Party";

    /// <summary>Optional: the id of a real account, for pages that load the signed-in account (two-factor set-up, password change).</summary>
    public const string UserIdHeader = "X-Test-User-Id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user) || string.IsNullOrEmpty(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            // Not a real account unless the test names one: an unknown id finds no account rather than failing to parse.
            new(ClaimTypes.NameIdentifier, Request.Headers[UserIdHeader].ToString() is { Length: > 0 } id ? id : Guid.Empty.ToString()),
            new(ClaimTypes.Name, user!),
            // Header accounts stand for accounts already past the two-factor set-up.
            new(AccessClaims.TwoFactor, "true"),
        };
        var roles = Request.Headers[RolesHeader].ToString();
        claims.AddRange(roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        if (Request.Headers[PartyHeader].ToString() is { Length: > 0 } party)
        {
            claims.Add(new Claim(AccessClaims.Party, party));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
