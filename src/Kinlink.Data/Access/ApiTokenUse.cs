namespace Kinlink.Data.Access;

/// <summary>Who a presented token signs in, or why it does not.</summary>
public sealed record ApiTokenUse(KinlinkUser? User, string? TokenName, string? Refusal)
{
    public static ApiTokenUse Refused(string reason) => new(null, null, reason);
}
