namespace Kinlink.Web.Infrastructure;

/// <summary>How many sign-in and two-factor posts one client address may make per window (<c>Kinlink:SignInRateLimit</c>).</summary>
internal sealed class SignInRateLimitSettings
{
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}
