using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Data.Common;
using Kinlink.Cli.Commands;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Cli;

/// <summary>
/// The <c>kinlink</c> command line. Program.cs hands it the real console; tests hand it string writers
/// and run it in-process.
/// </summary>
public static class KinlinkCli
{
    /// <returns>The exit code: 0 done, 1 failed, 2 wrong command line, 70 a bug, 130 cancelled.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, TextReader.Null, stdout, stderr);

    /// <inheritdoc cref="RunAsync(string[], TextWriter, TextWriter)"/>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var console = new CliConsole(stdout, stderr) { In = stdin };
        var root = CreateRootCommand(console);

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            console.Fail($"{string.Join(" ", parseResult.Errors.Select(e => e.Message))} See '{HelpCommandFor(parseResult)}'.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                // Exceptions come back here to be told in one line, not as the default stack trace.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (OperationCanceledException)
        {
            console.Fail("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            console.Fail(Message(ex));
            return ExitCodes.Failed;
        }
#pragma warning disable CA1031 // The last resort: whatever went wrong is reported in one line with its type, never as a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Fail($"Unexpected {ex.GetType().Name}: {Message(ex)}");
            return ExitCodes.Software;
        }
    }

    private static RootCommand CreateRootCommand(CliConsole console)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Kinlink, the registry of prisoners of war and civilian internees: database, import and export of lists, demo data.");
        globals.AddTo(root);
        root.Subcommands.Add(DbCommands.Create(globals, console));
        root.Subcommands.Add(ImportCommands.Create(globals, console));
        root.Subcommands.Add(ExportCommands.Create(globals, console));
        root.Subcommands.Add(PersonsCommands.Create(globals, console));
        root.Subcommands.Add(SeedCommands.Create(globals, console));
        root.Subcommands.Add(AuditCommands.Create(globals, console));
        root.Subcommands.Add(KeysCommands.Create(globals, console));
        root.Subcommands.Add(UsersCommands.Create(globals, console));
        root.Subcommands.Add(TokensCommands.Create(globals, console));
        root.Subcommands.Add(DuplicatesCommands.Create(globals, console));
        root.Subcommands.Add(TracingCommands.Create(globals, console));
        root.Subcommands.Add(MatchCommands.Create(console));
        root.Subcommands.Add(EvalCommands.Create(console));
        return root;
    }

    /// <summary>Failures a user can act on: bad input, a refused change, an unreachable database, a file problem.</summary>
    private static bool IsExpected(Exception ex) => ex is ValidationFailedException or NotFoundException or ConflictException
        or DomainRuleException or InvalidOperationException or IOException or UnauthorizedAccessException
        or DbException or DbUpdateException;

    private static string Message(Exception ex)
    {
        // EF's own message only says to look at the inner exception; the inner one says what the database refused.
        var message = ex is DbUpdateException { InnerException: { } inner } ? inner.Message : ex.Message;
        if (ex is InvalidOperationException { InnerException: DbException database })
        {
            message += $" ({database.Message})";
        }

        return message;
    }

    /// <summary>"kinlink import persons --help" for the command the user was typing.</summary>
    private static string HelpCommandFor(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["kinlink", .. names, "--help"]);
    }
}
