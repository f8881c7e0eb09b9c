using System.CommandLine;
using Kinlink.Data.Configuration;

namespace Kinlink.Cli;

/// <summary>
/// The database options every command takes. They override the environment variables the web app also reads
/// (<c>Database__Provider</c>, <c>ConnectionStrings__Kinlink</c>, <c>Kinlink__DataDirectory</c>).
/// </summary>
internal sealed class GlobalOptions
{
    public Option<DatabaseProvider?> Provider { get; } = new("--provider")
    {
        Description = "Database provider: Sqlite (default: one file in the data directory) or Postgres. Overrides Database__Provider.",
        Recursive = true,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string. Overrides ConnectionStrings__Kinlink; required for Postgres.",
        HelpName = "connection-string",
        Recursive = true,
    };

    public Option<string?> DataDirectory { get; } = new("--data-dir")
    {
        Description = "Data directory holding the SQLite file kinlink.db. Overrides Kinlink__DataDirectory.",
        HelpName = "path",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Provider);
        root.Options.Add(Connection);
        root.Options.Add(DataDirectory);
    }

    /// <summary>The options given on the command line, as configuration keys.</summary>
    public Dictionary<string, string?> ConfigurationOverrides(ParseResult parseResult)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parseResult.GetValue(Provider) is { } provider)
        {
            overrides["Database:Provider"] = provider.ToString();
        }

        if (parseResult.GetValue(Connection) is { Length: > 0 } connection)
        {
            overrides["ConnectionStrings:Kinlink"] = connection;
        }

        if (parseResult.GetValue(DataDirectory) is { Length: > 0 } dataDirectory)
        {
            overrides["Kinlink:DataDirectory"] = dataDirectory;
        }

        return overrides;
    }
}
