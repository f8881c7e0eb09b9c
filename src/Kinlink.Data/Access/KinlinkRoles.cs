namespace Kinlink.Data.Access;

/// <summary>
/// The seven roles, by the identifiers the CLI and the API use. The first five are the intermediary's staff,
/// the last two a conflict party's officers; an account holds exactly one.
/// </summary>
public static class KinlinkRoles
{
    public const string Admin = "admin";
    public const string Caseworker = "caseworker";
    public const string Delegate = "delegate";
    public const string Dpo = "dpo";
    public const string Analyst = "analyst";
    public const string BureauOfficer = "bureau-officer";
    public const string LiaisonOfficer = "liaison-officer";

    public static IReadOnlyList<string> Intermediary { get; } = [Admin, Caseworker, Delegate, Dpo, Analyst];

    public static IReadOnlyList<string> Party { get; } = [BureauOfficer, LiaisonOfficer];

    public static IReadOnlyList<string> All { get; } = [.. Intermediary, .. Party];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static bool IsPartyRole(string role) => Party.Contains(role, StringComparer.Ordinal);
}
