using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Configuration;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink seed --demo</c>.</summary>
internal static class SeedCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var demo = new Option<bool>("--demo")
        {
            Description = "Seed the synthetic demo data set: parties, about 40 places and 10,000 persons with their timelines.",
        };
        var seed = new Command("seed", "Migrate the database, then fill it with data if it is empty. A database that holds anything is left alone.");
        seed.Options.Add(demo);
        seed.Validators.Add(result =>
        {
            if (!result.GetValue(demo))
            {
                result.AddError("Say what to seed: --demo.");
            }
        });
        seed.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            var services = scope.ServiceProvider;
            var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            console.Out.WriteLine($"Database: {host.Settings.Describe()}");
            if (applied.Count > 0)
            {
                console.Out.WriteLine(DbCommands.DescribeMigrations(applied));
            }

            await services.GetRequiredService<AuditReader>().EnsureKeysFitAsync(cancellationToken);
            var watch = Stopwatch.StartNew();
            if (!await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken))
            {
                console.Out.WriteLine("The database is not empty: nothing seeded.");
                await SeedAccountsAsync(services, console, cancellationToken);
                return ExitCodes.Ok;
            }

            watch.Stop();
            var db = services.GetRequiredService<KinlinkDbContext>();
            var persons = await db.Persons.CountAsync(cancellationToken);
            var places = await db.Places.CountAsync(cancellationToken);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded the demo data set: {persons:N0} persons, {places} places, in {watch.Elapsed.TotalSeconds:0.0} s."));
            await SeedAccountsAsync(services, console, cancellationToken);
            return ExitCodes.Ok;
        });
        return seed;
    }

    /// <summary>The demo accounts come with the demo data; an existing database gets them too if it has no accounts yet.</summary>
    private static async Task SeedAccountsAsync(IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var created = await services.GetRequiredService<DemoAccounts>().SeedIfEmptyAsync(cancellationToken);
        if (created.Count == 0)
        {
            return;
        }

        console.Out.WriteLine($"Created {created.Count} demo accounts (demo only; password {DemoAccounts.Password}):");
        foreach (var account in created)
        {
            var secret = account.AuthenticatorKey is { } key ? $"  two-factor key {key}" : "";
            console.Out.WriteLine($"  {account.Email,-28} {account.Role,-16} {account.PartyCode ?? "intermediary",-12}{secret}".TrimEnd());
        }
    }
}
