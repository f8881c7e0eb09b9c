using System.CommandLine;
using System.CommandLine.Parsing;
using Kinlink.Data.Access;
using Kinlink.Data.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kinlink.Cli;

/// <summary>Configuration and services for one command: the same <c>AddKinlinkData</c> the web app uses.</summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private readonly string _command;

    private bool _scopeCreated;

    private AuditRequestScope? _auditScope;

    private CliHost(IHost host, string command)
    {
        _host = host;
        _command = command;
    }

    public IServiceProvider Services => _host.Services;

    public DatabaseSettings Settings => _host.Services.GetRequiredService<DatabaseSettings>();

    public static CliHost Create(ParseResult parseResult, GlobalOptions globals)
    {
        // No default sources: an appsettings.json in whatever folder the command is run from must not point it
        // at another database than the web app's, so only environment variables and the options count.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "kinlink",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(globals.ConfigurationOverrides(parseResult));
        builder.Services.AddKinlinkData();
        return new CliHost(builder.Build(), CommandOf(parseResult));
    }

    /// <summary>
    /// Services for the command. What they audit becomes one entry for the command ("kinlink export persons"),
    /// written when the host is disposed.
    /// </summary>
    public AsyncServiceScope CreateScope()
    {
        if (!_scopeCreated)
        {
            _scopeCreated = true;
            // Set here, in a synchronous call, so the command's own async flow keeps it for its whole run.
            _auditScope = _host.Services.GetRequiredService<AuditTrail>().BeginRequest(_command);
        }

        return _host.Services.CreateAsyncScope();
    }

    /// <summary>
    /// <see cref="CreateScope"/> for a command that writes to a migrated database: refuses, with what to restore,
    /// when the key store does not belong to the database (restored from a backup without its keys).
    /// </summary>
    public Task<AsyncServiceScope> CreateWritingScopeAsync(CancellationToken cancellationToken) =>
        // Not async itself: the audit scope CreateScope opens must stay in the caller's flow, and an async method
        // would take it back when it returns.
        EnsureKeysFitAsync(CreateScope(), cancellationToken);

    private static async Task<AsyncServiceScope> EnsureKeysFitAsync(AsyncServiceScope scope, CancellationToken cancellationToken)
    {
        try
        {
            await scope.ServiceProvider.GetRequiredService<AuditReader>().EnsureKeysFitAsync(cancellationToken);
            return scope;
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The command is short-lived and runs no background writer: what it audited is written before it exits,
        // and a failure to write it fails the command rather than pass unnoticed.
        if (_scopeCreated)
        {
            _auditScope?.Dispose();
            await _host.Services.GetRequiredService<AuditTrail>().FlushAsync(CancellationToken.None);
        }

        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }

    /// <summary>"kinlink import persons": the command's names, without its options and arguments (which may name persons).</summary>
    private static string CommandOf(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["kinlink", .. names]);
    }
}
