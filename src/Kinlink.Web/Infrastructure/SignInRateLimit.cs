using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Limits password and code guessing from one client address: the sign-in and two-factor forms take so many posts a
/// window (10 a minute unless <c>Kinlink:SignInRateLimit</c> says otherwise), then answer 429 with Retry-After and
/// the friendly error page. The count is per server, in memory; that is enough to slow a guesser, and the account
/// lockout (5 failures) still guards each account whichever server is asked. Per address rather than per user name,
/// so guessing across many accounts is slowed too; the lockout already covers one account from many addresses.
/// </summary>
internal static class SignInRateLimit
{
    public const string SectionName = "Kinlink:SignInRateLimit";

    private static readonly string[] LimitedPaths = ["/Account/SignIn", "/Account/TwoFactor"];

    public static IServiceCollection AddKinlinkSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitSettings>().BindConfiguration(SectionName).Validate(
            s => s.PermitLimit > 0 && s.WindowSeconds > 0,
            $"{SectionName}:PermitLimit and {SectionName}:WindowSeconds must be positive.");
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInRateLimitSettings>>((options, settings) =>
        {
            var limit = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // The body stays empty, so the status code pages show the friendly page in the reader's language.
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && LimitedPaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));

    // Behind a reverse proxy this is the client's address only when forwarded headers are trusted (see Program.cs).
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
