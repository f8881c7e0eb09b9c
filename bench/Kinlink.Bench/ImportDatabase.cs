using System.Diagnostics;
using Kinlink.Data.Access;
using Kinlink.Data.Configuration;
using Kinlink.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kinlink.Bench;

/// <summary>
/// One fresh database of the import benchmark, with the application's services on it (<c>AddKinlinkData</c>, as the
/// command line has them): a SQLite file, or a database created on a PostgreSQL server. Also loads tables with the
/// database's own bulk load, the floor the import is measured against.
/// </summary>
public sealed class ImportDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ImportDatabase(DatabaseSettings settings, ServiceProvider services, string? sqliteFile)
    {
        Settings = settings;
        _services = services;
        SqliteFile = sqliteFile;
    }

    public DatabaseSettings Settings { get; }

    public string? SqliteFile { get; }

    public IServiceProvider Services => _services;

    public string ProviderName => Settings.Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    /// <summary>A SQLite file in <paramref name="directory"/> (made empty first), or a new database on the server of <paramref name="postgres"/>.</summary>
    public static async Task<ImportDatabase> CreateAsync(string directory, string name, string? postgres, CancellationToken cancellationToken)
    {
        var data = Path.Combine(directory, name);
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        Directory.CreateDirectory(data);
        var configuration = new Dictionary<string, string?> { ["Kinlink:DataDirectory"] = data };
        string? file = null;
        if (postgres is null)
        {
            file = Path.Combine(data, "kinlink.db");
            configuration["Database:Provider"] = "Sqlite";
        }
        else
        {
            var server = new NpgsqlConnectionStringBuilder(postgres);
            var database = $"kinlink_bench_{name.Replace('-', '_')}";
            await using (var admin = new NpgsqlConnection(server.ConnectionString))
            {
                await admin.OpenAsync(cancellationToken);
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync(cancellationToken);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            server.Database = database;
            configuration["Database:Provider"] = "Postgres";
            configuration["ConnectionStrings:Kinlink"] = server.ConnectionString;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging();
        services.AddKinlinkData();
        var provider = services.BuildServiceProvider();
        var result = new ImportDatabase(provider.GetRequiredService<DatabaseSettings>(), provider, file);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        return result;
    }

    public KinlinkDbContext NewContext() => DataServiceCollectionExtensions.CreateContext(Settings);

    /// <summary>Rows in each table.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        await using var db = NewContext();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            // The table names come from the model, never from input.
#pragma warning disable EF1002
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM {table}").SingleAsync(cancellationToken);
#pragma warning restore EF1002
        }

        return counts;
    }

    /// <summary>
    /// Copies the rows of <paramref name="tables"/> from <paramref name="source"/> into this database with the
    /// database's own bulk load, timed: <c>sqlite3 .import --csv</c> of CSV files dumped by <c>sqlite3</c>, or
    /// PostgreSQL's <c>COPY … FROM STDIN</c> of what <c>COPY … TO STDOUT</c> gave. Only the loading is timed.
    /// </summary>
    public async Task<TimeSpan> BulkLoadFromAsync(ImportDatabase source, IReadOnlyList<string> tables, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tables);
        if (SqliteFile is not null)
        {
            var files = new List<(string Table, string File)>();
            foreach (var table in tables)
            {
                var file = Path.Combine(directory, table + ".csv");
                await RunSqlite3Async(["-csv", "-header", source.SqliteFile!, $"SELECT * FROM {table}"], file, cancellationToken);
                files.Add((table, file));
            }

            // Each .import is one transaction; sqlite3 checks no foreign keys by default and reads empty fields as ''.
            var started = Stopwatch.GetTimestamp();
            await RunSqlite3Async([SqliteFile, .. files.Select(f => $".import --csv --skip 1 {f.File} {f.Table}")], null, cancellationToken);
            return Stopwatch.GetElapsedTime(started);
        }

        var dumps = new List<(string Table, string Text)>();
        // No command timeout: dumping millions of key rows takes longer than the default 30 s.
        await using (var from = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(source.Settings.ConnectionString) { CommandTimeout = 0 }.ConnectionString))
        {
            await from.OpenAsync(cancellationToken);
            foreach (var table in tables)
            {
                using var reader = await from.BeginTextExportAsync($"COPY {table} TO STDOUT", cancellationToken);
                dumps.Add((table, await reader.ReadToEndAsync(cancellationToken)));
            }
        }

        await using var to = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Settings.ConnectionString) { CommandTimeout = 0 }.ConnectionString);
        await to.OpenAsync(cancellationToken);
        var start = Stopwatch.GetTimestamp();
        await using (var transaction = await to.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (table, text) in dumps)
            {
                await using var writer = await to.BeginTextImportAsync($"COPY {table} FROM STDIN", cancellationToken);
                await writer.WriteAsync(text.AsMemory(), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task RunSqlite3Async(IReadOnlyList<string> arguments, string? outputFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (outputFile is not null)
        {
            await using var output = File.Create(outputFile);
            await process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
        }
        else
        {
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
        }

        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || (await error).Length > 0)
        {
            throw new InvalidOperationException($"sqlite3 {string.Join(' ', arguments.Take(2))} failed ({process.ExitCode}): {await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<AuditTrail>().FlushAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
