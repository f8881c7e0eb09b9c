using System.CommandLine;
using System.Globalization;
using Kinlink.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink tokens create|list|revoke</c>: API tokens for machine clients such as an information bureau's upload script.</summary>
internal static class TokensCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var tokens = new Command("tokens", "API tokens that let a script call the HTTP API as an account (Authorization: Bearer ...).");
        tokens.Subcommands.Add(CreateCommand(globals, console));
        tokens.Subcommands.Add(ListCommand(globals, console));
        tokens.Subcommands.Add(RevokeCommand(globals, console));
        return tokens;
    }

    private static Option<string> UserOption() => new("--user") { Description = "Email of the account the token acts as.", Required = true };

    private static Option<string> NameOption(string description) => new("--name") { Description = description, Required = true };

    private static Command CreateCommand(GlobalOptions globals, CliConsole console)
    {
        var user = UserOption();
        var name = NameOption("What the token is for, unique among the account's tokens, such as \"weekly list upload\".");
        var days = new Option<int?>("--days")
        {
            Description = $"Days until the token expires: 1 to {ApiTokenService.MaxDays} (default {ApiTokenService.DefaultDays}).",
        };
        var create = new Command("create", "Create a token. Prints the token alone on standard output, once: it is stored only as a hash.");
        create.Options.Add(user);
        create.Options.Add(name);
        create.Options.Add(days);
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .CreateAsync(CliActor.Current, parseResult.GetValue(user)!, parseResult.GetValue(name)!, parseResult.GetValue(days), cancellationToken);
            // Standard output carries the token alone, so `TOKEN=$(kinlink tokens create ...)` works; the rest is for the person.
            console.Out.WriteLine(created.Token);
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Created token '{created.Name}' for {created.Email}, expires {created.ExpiresAt:yyyy-MM-dd HH:mm'Z'}. It is not shown again."));
            return ExitCodes.Ok;
        });
        return create;
    }

    private static Command ListCommand(GlobalOptions globals, CliConsole console)
    {
        var user = UserOption();
        var list = new Command("list", "List an account's tokens: name, dates, state. Token values are never shown.");
        list.Options.Add(user);
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            var tokens = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().ListAsync(parseResult.GetValue(user)!, cancellationToken);
            var rows = tokens.Select(t => new[]
            {
                t.Name, Day(t.CreatedAt), Day(t.ExpiresAt), t.LastUsedAt is { } used ? Minute(used) : "never",
                t.RevokedAt is { } revoked ? "revoked " + Day(revoked) : t.Active ? "active" : "expired",
            }).ToList();
            if (rows.Count == 0)
            {
                console.Out.WriteLine("No tokens: create one with 'kinlink tokens create'.");
                return ExitCodes.Ok;
            }

            string[] header = ["NAME", "CREATED", "EXPIRES", "LAST USED", "STATE"];
            var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
            foreach (var row in rows.Prepend(header))
            {
                console.Out.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
            }

            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command RevokeCommand(GlobalOptions globals, CliConsole console)
    {
        var user = UserOption();
        var name = NameOption("Name of the token to revoke.");
        var revoke = new Command("revoke", "Revoke a token: requests carrying it are refused from now on.");
        revoke.Options.Add(user);
        revoke.Options.Add(name);
        revoke.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .RevokeAsync(CliActor.Current, parseResult.GetValue(user)!, parseResult.GetValue(name)!, cancellationToken);
            console.Out.WriteLine($"Revoked token '{parseResult.GetValue(name)!.Trim()}' of {parseResult.GetValue(user)!.Trim()}.");
            return ExitCodes.Ok;
        });
        return revoke;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Minute(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
