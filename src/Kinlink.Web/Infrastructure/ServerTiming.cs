using System.Diagnostics;
using System.Globalization;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Tells a client how long the server spent on a request (<c>Server-Timing: app;dur=12.3</c>, milliseconds), so that
/// a benchmark can separate the server's time from the network's and the client's. Off unless
/// <c>Kinlink:ServerTiming=true</c>: the figure tells an outsider how much work a request caused.
/// </summary>
internal sealed class ServerTiming(RequestDelegate next)
{
    public const string EnabledKey = "Kinlink:ServerTiming";

    public const string HeaderName = "Server-Timing";

    public Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // The header must go out with the first byte of the body; the time up to then is the server's work on the page.
        context.Response.OnStarting(() =>
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            context.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed.TotalMilliseconds:0.###}");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
