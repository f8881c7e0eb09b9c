namespace Kinlink.Domain.Common;

/// <summary>
/// Who is acting: every service call carries one, so records say who did what, and so party scoping
/// can be enforced once accounts exist. <see cref="PartyCode"/> is null for the intermediary's staff.
/// </summary>
public sealed record Actor(string UserName, string? PartyCode)
{
    /// <summary>Work done by Kinlink itself (start-up seeding), not by a person.</summary>
    public static Actor System { get; } = new("system", null);

    public bool IsIntermediary => PartyCode is null;
}
