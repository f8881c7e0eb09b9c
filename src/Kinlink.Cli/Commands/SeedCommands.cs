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

/// <summary><c>kinlink seed --demo</c> and <c>kinlink seed --scale N</c>.</summary>
internal static class SeedCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var demo = new Option<bool>("--demo")
        {
            Description = "Seed the synthetic demo data set: parties, about 40 places and 10,000 persons with their timelines.",
        };
        var scale = new Option<int?>("--scale")
        {
            Description = $"Seed N synthetic persons for benchmarks (cross-script generator records, {ScaleSeeder.MinimumPersons:N0} to {ScaleSeeder.MaximumPersons:N0}) with places, timelines and enquiries; refused when the database already holds persons.",
        };
        var generatorSeed = new Option<int?>("--seed")
        {
            Description = $"With --scale: the generator seed (default {ScaleSeeder.DefaultSeed}, the benchmark's default).",
        };
        var seed = new Command("seed", "Migrate the database, then fill it with data if it is empty. A database that holds anything is left alone.");
        seed.Options.Add(demo);
        seed.Options.Add(scale);
        seed.Options.Add(generatorSeed);
        seed.Validators.Add(result =>
        {
            var scaleValue = result.GetValue(scale);
            if (scaleValue is null && result.GetValue(generatorSeed) is not null)
            {
                result.AddError("--seed goes with --scale.");
            }
            else if (result.GetValue(demo) == (scaleValue is not null))
            {
                result.AddError("Say what to seed: --demo or --scale N, one of them.");
            }
            else if (scaleValue is < ScaleSeeder.MinimumPersons or > ScaleSeeder.MaximumPersons)
            {
                result.AddError($"--scale: the number of persons must be between {ScaleSeeder.MinimumPersons:N0} and {ScaleSeeder.MaximumPersons:N0}; it was {scaleValue:N0}.");
            }
        });
        seed.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(scale) is { } scalePersons)
            {
                return await SeedScaleAsync(parseResult, globals, console, scalePersons, parseResult.GetValue(generatorSeed) ?? ScaleSeeder.DefaultSeed, cancellationToken);
            }

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

    private static async Task<int> SeedScaleAsync(ParseResult parseResult, GlobalOptions globals, CliConsole console, int persons, int generatorSeed, CancellationToken cancellationToken)
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
        var progress = new ProgressLines(written =>
        {
            if (written % 100_000 == 0 && written < persons)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {written:N0} persons, {watch.Elapsed.TotalSeconds:0} s"));
            }
        });
        var result = await services.GetRequiredService<ScaleSeeder>().SeedAsync(persons, generatorSeed, progress, cancellationToken);
        if (result.Refused)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"error: the database already holds {result.PersonsAlreadyPresent:N0} persons: --scale seeds only an empty registry (a second run would add the same generator records again). Nothing seeded."));
            return ExitCodes.Failed;
        }

        watch.Stop();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {result.PersonsWritten:N0} synthetic persons (cross-script generator, seed {generatorSeed}) with their places and timelines, and {result.EnquiriesWritten:N0} enquiries, in {watch.Elapsed.TotalSeconds:0.0} s."));
        return ExitCodes.Ok;
    }

    /// <summary>Reports on the caller's thread: <see cref="Progress{T}"/> would post to the thread pool and could print after the summary.</summary>
    private sealed class ProgressLines(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
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
