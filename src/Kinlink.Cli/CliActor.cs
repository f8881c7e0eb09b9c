using Kinlink.Domain.Common;

namespace Kinlink.Cli;

internal static class CliActor
{
    /// <summary>
    /// The operator at the terminal, acting for the intermediary (no party scope). The "(cli)" suffix tells
    /// the record of who did what that the change came from the command line, not the web app.
    /// </summary>
    public static Actor Current => new($"{Environment.UserName} (cli)", null);
}
