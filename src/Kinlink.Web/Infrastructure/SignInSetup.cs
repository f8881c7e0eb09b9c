using Kinlink.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Kinlink.Web.Infrastructure;

/// <summary>The web app's half of accounts: the sign-in manager, Identity's cookies and the authorization policies.</summary>
public static class SignInSetup
{
    /// <summary>
    /// The default scheme: an API request with bearer credentials is judged by its token alone, everything else by the
    /// sign-in cookie. Pages never take a token, so a leaked token cannot drive the forms.
    /// </summary>
    public const string CookieOrApiToken = "CookieOrApiToken";

    /// <summary>The scheme <see cref="CookieOrApiToken"/> forwards a request to.</summary>
    public static string SelectScheme(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AccountGate.IsApi(context.Request.Path) && ApiTokenAuthenticationHandler.HasBearer(context.Request)
            ? ApiTokenAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme;
    }

    internal static IServiceCollection AddKinlinkSignIn(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(KinlinkUser), typeof(IdentityRole<Guid>), services).AddSignInManager<KinlinkSignInManager>();
        services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieOrApiToken;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, _ => { })
            .AddPolicyScheme(CookieOrApiToken, CookieOrApiToken, o => o.ForwardDefaultSelector = SelectScheme)
            .AddIdentityCookies();
        // Sessions pick up a changed role or party, and end for a disabled account, within minutes rather than at the 30-minute default.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "kinlink.auth";
            // HttpOnly and Secure are set for every cookie alike by CookieSecurity.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.Events.OnRedirectToLogin = context => Answer(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            // A signed-in account without the right role gets the friendly 403 page, not a redirect to sign in again.
            o.Events.OnRedirectToAccessDenied = context => Answer(context.HttpContext, StatusCodes.Status403Forbidden, null);
        });
        CookieSecurity.Register(services);
        services.AddAuthorization(Policies.Add);
        return services;
    }

    /// <summary>An API caller gets the status code; a browser on a page is sent to sign in (or shown the error page for 403).</summary>
    private static Task Answer(HttpContext context, int status, string? redirectUri)
    {
        if (redirectUri is not null && !AccountGate.IsApi(context.Request.Path))
        {
            context.Response.Redirect(redirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
