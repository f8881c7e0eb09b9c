namespace Kinlink.Data.Access;

/// <summary>One demo sign-in: the email, its role, its party (null for the intermediary) and, where two-factor sign-in is on, the authenticator key.</summary>
public sealed record DemoAccount(string Email, string Role, string? PartyCode, string? AuthenticatorKey);
