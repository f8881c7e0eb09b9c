using System.CommandLine;
using Kinlink.Data.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink db migrate</c>.</summary>
internal static class DbCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var migrate = new Command("migrate", "Apply the migrations the database does not have yet; creates the SQLite file if there is none.");
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            console.Out.WriteLine($"Database: {host.Settings.Describe()}");
            console.Out.WriteLine(DescribeMigrations(applied));
            return ExitCodes.Ok;
        });

        var db = new Command("db", "Manage the database (SQLite file or PostgreSQL) that the web app and this command share.");
        db.Subcommands.Add(migrate);
        return db;
    }

    public static string DescribeMigrations(IReadOnlyList<string> applied) => applied.Count switch
    {
        0 => "Up to date: no migrations to apply.",
        1 => $"Applied 1 migration: {applied[0]}",
        _ => $"Applied {applied.Count} migrations: {string.Join(", ", applied)}",
    };
}
