using System.Text;
using Kinlink.Data.Access;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Makes each request one audit entry: the services' records are collected while the request runs and queued
/// together when it ends, also when it ends in an exception after data were shown. A request that shows or
/// changes no person records nothing and leaves no entry.
/// </summary>
internal sealed class AuditRequestMiddleware(RequestDelegate next, AuditTrail trail)
{
    private const int MaxQueryKeys = 20;

    public async Task InvokeAsync(HttpContext context)
    {
        using var scope = trail.BeginRequest(Describe(context.Request));
        await next(context);
    }

    /// <summary>
    /// "GET /api/persons?name&amp;page": method, path and the query's keys. Never the values: a search's value is a
    /// person's name, and the trail keeps names only encrypted. A key that does not look like a parameter name (one
    /// typed by hand, which might itself be a name) is shown as "…".
    /// </summary>
    internal static string Describe(HttpRequest request)
    {
        var text = new StringBuilder(request.Method).Append(' ').Append(request.PathBase).Append(request.Path);
        var keys = request.Query.Keys.Take(MaxQueryKeys).Select(k => IsParameterName(k) ? k : "…").ToList();
        if (keys.Count > 0)
        {
            text.Append('?').AppendJoin('&', keys);
        }

        return text.ToString();
    }

    private static bool IsParameterName(string key) =>
        key.Length is > 0 and <= 40 && char.IsAsciiLetter(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
