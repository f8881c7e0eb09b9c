using Kinlink.Data.Access;
using Microsoft.AspNetCore.Identity;

namespace Kinlink.Web.Infrastructure;

/// <summary>The web app's half of accounts: the sign-in manager, Identity's cookies and the authorization policies.</summary>
internal static class SignInSetup
{
    public static IServiceCollection AddKinlinkSignIn(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(KinlinkUser), typeof(IdentityRole<Guid>), services).AddSignInManager();
        services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
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
