using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Limits the public enquiry page per client address: so many filings an hour (a family files once; a script filing
/// hundreds would drown the caseworkers) and so many status checks an hour (slows anyone guessing references and
/// codes). Added to the sign-in limit (<see cref="SignInRateLimit"/>), whose rejection answer it shares: 429 with
/// Retry-After and the friendly page, which says when to try again. In memory, per server, like the sign-in limit;
/// the per-reference count of wrong codes, which must hold across servers, is kept in the database by the service.
/// </summary>
internal static class PublicEnquiryRateLimit
{
    public const string FilingPath = "/enquire";
    public const string StatusPath = "/enquire/status";

    public static IServiceCollection AddKinlinkPublicEnquiryRateLimit(this IServiceCollection services)
    {
        services.AddOptions<PublicEnquirySettings>().BindConfiguration(PublicEnquirySettings.SectionName).Validate(
            s => s.FilingPermitLimit > 0 && s.FilingWindowSeconds > 0 && s.StatusPermitLimit > 0 && s.StatusWindowSeconds > 0
                && s.WrongCodeLimit > 0 && s.WrongCodeWindowSeconds > 0,
            $"Every limit and window under {PublicEnquirySettings.SectionName} must be positive.");
        // After the sign-in limit's Configure, so both limits apply: a chained limiter takes a permit from each.
        services.AddOptions<RateLimiterOptions>().PostConfigure<IOptions<PublicEnquirySettings>>((options, settings) =>
        {
            var publicLimiter = PublicLimiter(settings.Value);
            options.GlobalLimiter = options.GlobalLimiter is { } existing ? PartitionedRateLimiter.CreateChained(existing, publicLimiter) : publicLimiter;
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> PublicLimiter(PublicEnquirySettings limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var request = context.Request;
            if (!HttpMethods.IsPost(request.Method))
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            if (IsPath(request, StatusPath))
            {
                return Window("status " + ClientAddress(context), limits.StatusPermitLimit, limits.StatusWindowSeconds);
            }

            return IsPath(request, FilingPath)
                ? Window("filing " + ClientAddress(context), limits.FilingPermitLimit, limits.FilingWindowSeconds)
                : RateLimitPartition.GetNoLimiter("");
        });

    private static RateLimitPartition<string> Window(string key, int permits, int seconds) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(seconds),
            QueueLimit = 0,
        });

    private static bool IsPath(HttpRequest request, string path) =>
        string.Equals(request.Path.Value?.TrimEnd('/'), path, StringComparison.OrdinalIgnoreCase);

    // Behind a reverse proxy this is the client's address only when forwarded headers are trusted (see Program.cs).
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
