namespace Kinlink.Data.Access;

/// <summary>Claims Kinlink adds to a signed-in account, beside Identity's name and role claims.</summary>
public static class AccessClaims
{
    /// <summary>The party code of a party's officer; absent for the intermediary's staff.</summary>
    public const string Party = "kinlink:party";

    /// <summary>"true" when the account has two-factor sign-in on: lets the web app send administrators to set it up without a database read per request.</summary>
    public const string TwoFactor = "kinlink:2fa";

    /// <summary>Present when the account signed in with a one-time password and must choose its own.</summary>
    public const string MustChangePassword = "kinlink:must-change-password";
}
