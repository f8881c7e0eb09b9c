using System.CommandLine;
using Kinlink.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink keys init</c>.</summary>
internal static class KeysCommands
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var init = new Command("init", "Create the keys directory (owner-only) and any key that is missing; existing keys are kept. Back the directory up with the database.");
        init.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            var keys = host.Services.GetRequiredService<KeyStore>();
            var created = keys.EnsureCreated();
            console.Out.WriteLine($"Keys directory: {keys.Directory}");
            foreach (var name in new[] { KeyStore.AuditHmac, KeyStore.FieldEncryption })
            {
                console.Out.WriteLine($"  {name}: {keys.Describe(name)}{(created.Contains(name) ? " (created)" : "")}");
            }

            console.Out.WriteLine("  data protection: key ring in the database, each key encrypted with a key derived from field-encryption");
            return await Task.FromResult(ExitCodes.Ok);
        });

        var keysCommand = new Command("keys", "The key store outside the database: audit trail MAC key and field-encryption key (which also encrypts the data-protection keys kept in the database).");
        keysCommand.Subcommands.Add(init);
        return keysCommand;
    }
}
