using Kinlink.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

/// <summary>
/// One thing a caller can ask of the app: an HTTP method on a minimal-API route, or a handler of a Razor page.
/// <see cref="Key"/> names it the way route-matrix.tsv does: "GET /api/persons/{id}", "POST page /Admin/Users/Index?handler=Unlock",
/// "* /health" for a route that answers any method.
/// </summary>
internal sealed record AppRoute(string Key, string DisplayName, IReadOnlyList<string> Policies, PublicAccessAttribute? PublicAccess, bool AnonymousWithoutReason, string? PagePath)
{
    public bool IsPage => PagePath is not null;
}

/// <summary>Every route of the app, read from its own endpoint metadata (minimal APIs, infrastructure routes and every Razor page).</summary>
internal static class AppRoutes
{
    public const string AnyMethod = "*";

    public static async Task<IReadOnlyList<AppRoute>> ReadAsync(IServiceProvider services)
    {
        var routes = new Dictionary<string, AppRoute>(StringComparer.Ordinal);
        var pageLoader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // The endpoint built at start-up carries the .cshtml's own metadata; the page model's attributes come with the compiled page.
                var compiled = page as CompiledPageActionDescriptor ?? await pageLoader.LoadAsync(page, endpoint.Metadata);
                var metadata = compiled.Endpoint?.Metadata ?? endpoint.Metadata;
                foreach (var handler in compiled.HandlerMethods)
                {
                    var key = $"{handler.HttpMethod.ToUpperInvariant()} page {page.ViewEnginePath}{(handler.Name is null ? "" : "?handler=" + handler.Name)}";
                    routes.TryAdd(key, Describe(key, page.ViewEnginePath, metadata, page.ViewEnginePath));
                }

                continue;
            }

            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared ? declared : [AnyMethod];
            foreach (var method in methods)
            {
                var key = $"{method} {pattern}";
                routes.TryAdd(key, Describe(key, endpoint.DisplayName ?? pattern, endpoint.Metadata, null));
            }
        }

        return [.. routes.Values.OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static AppRoute Describe(string key, string displayName, EndpointMetadataCollection metadata, string? pagePath)
    {
        var policies = metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(p => p.Length > 0).Distinct().ToList();
        var publicAccess = metadata.GetMetadata<PublicAccessAttribute>();
        // A library may mark its own routes anonymous (Scalar does for its scripts); our marking beside it gives the reason.
        var anonymousWithoutReason = publicAccess is null && metadata.GetMetadata<IAllowAnonymous>() is not null;
        return new AppRoute(key, displayName, policies, publicAccess, anonymousWithoutReason, pagePath);
    }
}
