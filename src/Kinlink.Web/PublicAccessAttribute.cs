using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web;

/// <summary>
/// Opens a page or an endpoint to readers who are not signed in, and makes whoever opens it say why. The reason
/// is required so that every exception to "sign in first" is a decision someone wrote down, not an accident; the
/// route policy test reads it. Being <see cref="IAllowAnonymous"/>, authorization honours it like [AllowAnonymous].
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PublicAccessAttribute : Attribute, IAllowAnonymous
{
    public PublicAccessAttribute(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("Say why this page or endpoint is open to readers who are not signed in.", nameof(reason));
        }

        Reason = reason;
    }

    public string Reason { get; }
}
