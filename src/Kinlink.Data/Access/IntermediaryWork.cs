using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>
/// The one check behind every service that only the intermediary's staff may call: a party's account and the public forms
/// are refused, whatever policy let the request reach the service. Each module says in its own words what is refused.
/// </summary>
public static class IntermediaryWork
{
    /// <exception cref="ForbiddenException">The actor is a party's officer or the public form; <paramref name="refusal"/> says why.</exception>
    public static void Ensure(Actor actor, string refusal)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsIntermediary || actor.IsPublic)
        {
            throw new ForbiddenException(refusal);
        }
    }
}
