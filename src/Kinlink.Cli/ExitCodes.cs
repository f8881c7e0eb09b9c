namespace Kinlink.Cli;

/// <summary>What <c>kinlink</c> returns, so scripts can tell a mistyped command from a refused import.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran but failed: a refused import, an unknown party, a database that cannot be reached.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: an unknown option, a missing argument, a file that does not exist.</summary>
    public const int Usage = 2;

    /// <summary>A bug: an exception nobody expected (EX_SOFTWARE in sysexits.h).</summary>
    public const int Software = 70;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
