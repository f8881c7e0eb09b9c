using Kinlink.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Kinlink.Data.Access;

/// <summary>
/// A person who signs in. The account belongs to the intermediary (<see cref="PartyId"/> null) or to one
/// conflict party's authority; that decides which roles it may hold (<see cref="KinlinkRoles"/>).
/// </summary>
public sealed class KinlinkUser : IdentityUser<Guid>
{
    public PartyId? PartyId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>Set when an administrator handed out a one-time password: the holder must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an administrator: a disabled account can neither sign in nor use its API tokens, but keeps its history.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
