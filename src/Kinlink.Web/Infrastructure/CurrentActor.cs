using System.Security.Claims;
using Kinlink.Data.Access;
using Kinlink.Domain.Common;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// The caller as the services see them. Every endpoint and page passes this on, so that when accounts
/// and party scoping arrive they are enforced in the services without changing any call.
/// </summary>
internal static class CurrentActor
{
    /// <summary>The claim that carries the party code of a party's officer; absent for the intermediary's staff.</summary>
    public const string PartyClaim = AccessClaims.Party;

    public static Actor Of(ClaimsPrincipal user) =>
        new(user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(user.Identity.Name) ? user.Identity.Name : "unauthenticated",
            user.FindFirst(PartyClaim)?.Value);

    public static Actor Actor(this HttpContext context) => Of(context.User);
}
