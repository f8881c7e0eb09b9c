using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Web;

/// <summary>The Razor pages of the running app with the route templates that reach them, and which page a URL reaches.</summary>
internal static class AppPages
{
    public sealed record PageRoute(string Page, RouteTemplate Template, decimal Precedence);

    public static IReadOnlyList<PageRoute> Templates(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => new PageRoute(e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, new RouteTemplate(e.RoutePattern), e.RoutePattern.InboundPrecedence))
            .ToList();

    /// <summary>The page <paramref name="url"/> reaches: of the templates that match its path, the most specific (lowest inbound precedence), as routing chooses.</summary>
    public static string? PageFor(IReadOnlyList<PageRoute> pages, string url)
    {
        var path = url.Split('?')[0];
        return pages
            .Where(p => new TemplateMatcher(p.Template, new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()))
            .OrderBy(p => p.Precedence)
            .Select(p => p.Page)
            .FirstOrDefault();
    }
}
