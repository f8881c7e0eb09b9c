using Microsoft.Extensions.Configuration;

namespace Kinlink.Data.Configuration;

public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}

/// <summary>
/// Which database to use, read from the same keys by the web app and the CLI so both open the same
/// database whichever folder they start from: <c>Database:Provider</c>, <c>ConnectionStrings:Kinlink</c>
/// and <c>Kinlink:DataDirectory</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Database:Provider is '{providerText}': use Sqlite or Postgres.");
        }

        var dataDirectory = configuration["Kinlink:DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            dataDirectory = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "kinlink");
        }

        dataDirectory = Path.GetFullPath(dataDirectory);
        var connectionString = configuration.GetConnectionString("Kinlink");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider switch
            {
                DatabaseProvider.Sqlite => $"Data Source={Path.Combine(dataDirectory, "kinlink.db")}",
                DatabaseProvider.Postgres => throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Kinlink is not set."),
            };
        }

        return new DatabaseSettings(provider, connectionString, dataDirectory);
    }

    /// <summary>What to show a user: the connection string without any password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite ({ConnectionString})",
        DatabaseProvider.Postgres => $"PostgreSQL ({string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))})",
    };
}
