using System.CommandLine;
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

    private bool _scopeCreated;

    private CliHost(IHost host) => _host = host;

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
        return new CliHost(builder.Build());
    }

    public AsyncServiceScope CreateScope()
    {
        _scopeCreated = true;
        return _host.Services.CreateAsyncScope();
    }

    public async ValueTask DisposeAsync()
    {
        // The command is short-lived and runs no background writer: what it audited is written before it exits,
        // and a failure to write it fails the command rather than pass unnoticed.
        if (_scopeCreated)
        {
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
}
