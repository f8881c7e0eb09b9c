namespace Kinlink.Web;

/// <summary>The minimal-API form of <see cref="PublicAccessAttribute"/>.</summary>
public static class PublicAccessExtensions
{
    /// <summary>Opens the endpoints to readers who are not signed in, for the reason given.</summary>
    public static TBuilder AllowPublicAccess<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var marking = new PublicAccessAttribute(reason);
        builder.Add(endpoint => endpoint.Metadata.Add(marking));
        return builder;
    }
}
