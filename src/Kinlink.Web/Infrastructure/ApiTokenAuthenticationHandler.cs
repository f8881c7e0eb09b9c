using System.Security.Claims;
using System.Text.Encodings.Web;
using Kinlink.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Signs an API request in from <c>Authorization: Bearer kinlink_…</c>. The principal is the one a cookie sign-in of
/// the token's account would carry (roles, party, two-factor flag), made by the same claims factory, so policies and
/// party scoping need nothing new. The account and the token are checked on every request: revoking or disabling
/// takes effect at once, not when a session expires.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenService tokens, IUserClaimsPrincipalFactory<KinlinkUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>Marks a principal that came from a token rather than a person signing in; the value is the token's name.</summary>
    public const string TokenClaim = "kinlink:api-token";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedToken(Request) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var use = await tokens.AuthenticateAsync(presented, Context.RequestAborted);
        if (use.User is not { } user)
        {
            return AuthenticateResult.Fail(use.Refusal ?? "The token is not accepted.");
        }

        var cookieLike = await principals.CreateAsync(user);
        var source = cookieLike.Identities.First();
        var identity = new ClaimsIdentity(source.Claims, SchemeName, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(TokenClaim, use.TokenName!));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // RFC 6750: say which scheme is wanted, and why the token given was refused.
        Response.Headers.Append(HeaderNames.WWWAuthenticate, failure is null
            ? "Bearer realm=\"kinlink\""
            : $"Bearer realm=\"kinlink\", error=\"invalid_token\", error_description=\"{failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\"");
    }

    /// <summary>The token after "Bearer ", or null when the request carries no bearer credentials.</summary>
    public static string? PresentedToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }

    public static bool HasBearer(HttpRequest request) => PresentedToken(request) is not null;
}
