using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// One rule for every cookie the app sets (sign-in, two-factor, antiforgery, notices, language): HttpOnly, and Secure
/// always, unless plain HTTP is allowed on purpose. That is the case in Development and demo mode, and where
/// <c>Kinlink:AllowInsecureCookies</c> is set, for a field laptop serving itself on loopback; there a cookie is
/// Secure whenever the request came over HTTPS.
/// </summary>
public sealed class CookieSecurity(IConfiguration configuration, IHostEnvironment environment)
    : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>, IPostConfigureOptions<CookieTempDataProviderOptions>
{
    public const string AllowInsecureKey = "Kinlink:AllowInsecureCookies";

    public bool AllowsPlainHttp { get; } =
        environment.IsDevelopment() || configuration.GetValue<bool>("Kinlink:Demo") || configuration.GetValue<bool>(AllowInsecureKey);

    public CookieSecurePolicy Policy => AllowsPlainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<CookieSecurity>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(sp => sp.GetRequiredService<CookieSecurity>());
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>>(sp => sp.GetRequiredService<CookieSecurity>());
        services.AddSingleton<IPostConfigureOptions<CookieTempDataProviderOptions>>(sp => sp.GetRequiredService<CookieSecurity>());
    }

    /// <summary>Whether a cookie set on this request must carry Secure, for cookies written by hand.</summary>
    public bool SecureFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !AllowsPlainHttp || request.IsHttps;
    }

    // Every cookie scheme: the application cookie and Identity's external and two-factor cookies.
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Harden(options.Cookie);
    }

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Harden(options.Cookie);
    }

    public void PostConfigure(string? name, CookieTempDataProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Harden(options.Cookie);
    }

    private void Harden(CookieBuilder cookie)
    {
        cookie.HttpOnly = true;
        cookie.SecurePolicy = Policy;
        if (cookie.SameSite is SameSiteMode.None or SameSiteMode.Unspecified)
        {
            cookie.SameSite = SameSiteMode.Lax;
        }
    }
}
