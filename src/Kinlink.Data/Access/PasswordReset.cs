namespace Kinlink.Data.Access;

/// <summary>The outcome of an administrator's reset: the password to hand over, and whether it is a one-time one.</summary>
public sealed record PasswordReset(string Email, string Password, bool OneTime);
