using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Antiforgery for an API endpoint that takes a form (the list upload). A browser sends its sign-in cookie with any
/// form another site makes it post, so a request carrying that cookie must carry the form token too. A caller
/// without the cookie (a script with its own credentials) cannot be led by another site and needs no token, which is
/// why the endpoint's built-in check, which would demand a token from everyone, is off.
/// </summary>
internal static class CookieCallerAntiforgery
{
    public static RouteHandlerBuilder RequireAntiforgeryFromCookieCallers(this RouteHandlerBuilder builder) =>
        builder.DisableAntiforgery().AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var cookieName = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
                .Get(IdentityConstants.ApplicationScheme).Cookie.Name;
            if (cookieName is not null && context.Request.Cookies.ContainsKey(cookieName)
                && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["__RequestVerificationToken"] = ["A signed-in browser must send the form's antiforgery token with this form."] },
                    title: "The antiforgery token is missing or invalid.");
            }

            return await next(invocation);
        });
}
