using Kinlink.Data.Access;
using Microsoft.AspNetCore.DataProtection;

namespace Kinlink.Web.Infrastructure;

internal static class KeyServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the data-protection key ring (cookies, antiforgery tokens) in the key store's directory, so that it
    /// survives a restart and so that servers pointed at one shared keys directory accept each other's cookies.
    /// </summary>
    public static IServiceCollection AddKinlinkKeys(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = KeyStore.From(configuration);
        keys.EnsureCreated();
        services.AddSingleton(keys);
        services.AddDataProtection()
            .SetApplicationName("Kinlink")
            .PersistKeysToFileSystem(new DirectoryInfo(keys.DataProtectionDirectory));
        services.AddHostedService<AuditWriter>();
        return services;
    }
}
