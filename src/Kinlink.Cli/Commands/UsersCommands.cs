using System.CommandLine;
using Kinlink.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink users create --email E --role R [--party P] --password-stdin</c> and <c>kinlink users list</c>.</summary>
internal static class UsersCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var users = new Command("users", "Accounts that sign in to the web app and the API.");
        users.Subcommands.Add(CreateCommand(globals, console));
        users.Subcommands.Add(ListCommand(globals, console));
        return users;
    }

    private static Command CreateCommand(GlobalOptions globals, CliConsole console)
    {
        var email = new Option<string>("--email") { Description = "The email address the account signs in with.", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"One of {string.Join(", ", KinlinkRoles.All)}. The last two belong to a party's authority and need --party.",
            Required = true,
        };
        var party = new Option<string?>("--party") { Description = "Code of the conflict party whose authority the account belongs to, such as RU or UA; only for party roles." };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the password from the first line of standard input (at least {PasswordPolicy.MinimumLength} characters).",
        };
        var create = new Command("create", "Create an account.");
        create.Options.Add(email);
        create.Options.Add(role);
        create.Options.Add(party);
        create.Options.Add(passwordStdin);
        create.Validators.Add(result =>
        {
            // A password given as an argument would stay in the shell history and show in the process list.
            if (!result.GetValue(passwordStdin))
            {
                result.AddError("Give the password on standard input with --password-stdin.");
            }
        });
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = (await console.In.ReadLineAsync(cancellationToken) ?? "").TrimEnd('\r', '\n');
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateUserAsync(parseResult.GetValue(email)!, parseResult.GetValue(role)!, parseResult.GetValue(party), password, cancellationToken: cancellationToken);
            console.Out.WriteLine($"Created {created.Email}: {created.Role}, {created.PartyCode ?? "intermediary"}.");
            return ExitCodes.Ok;
        });
        return create;
    }

    private static Command ListCommand(GlobalOptions globals, CliConsole console)
    {
        var list = new Command("list", "List the accounts: email, role, organisation, lockout and two-factor sign-in.");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            await using var scope = host.CreateScope();
            var accounts = await scope.ServiceProvider.GetRequiredService<AccountService>().ListUsersAsync(cancellationToken);
            var rows = accounts.Select(a => new[]
            {
                a.Email, a.Role, a.PartyCode ?? "intermediary",
                a.LockedUntil is { } until ? "until " + until.ToString("yyyy-MM-dd HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) : "no",
                a.TwoFactorEnabled ? "on" : "off",
            }).ToList();
            string[] header = ["EMAIL", "ROLE", "ORGANISATION", "LOCKED", "2FA"];
            var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
            foreach (var row in rows.Prepend(header))
            {
                console.Out.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
            }

            if (rows.Count == 0)
            {
                console.Out.WriteLine("No accounts yet: create one with 'kinlink users create'.");
            }

            return ExitCodes.Ok;
        });
        return list;
    }
}
