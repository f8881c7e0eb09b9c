using Scalar.AspNetCore;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The pages run no inline script or style, so the Content-Security-Policy
/// allows only the app's own files: injected markup that slipped past encoding still could not run.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the headers go out rather than now: the API reference's nonce is only known once its endpoint has run.
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? ApiReferencePolicy(nonce)
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
    }

    /// <summary>
    /// The one relaxation, for the HTML of the API reference (Scalar) only: its page starts the bundle with an inline
    /// module script, allowed by the per-request nonce Scalar puts on it, and its components write &lt;style&gt; elements
    /// and style attributes at run time, which style-src 'self' blocks (Chromium reports it, and the page loses its
    /// layout). Scripts stay nonce-only, and the page shows no registry data, only the OpenAPI document.
    /// </summary>
    public static string ApiReferencePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
}
