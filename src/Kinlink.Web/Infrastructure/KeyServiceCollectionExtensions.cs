using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace Kinlink.Web.Infrastructure;

internal static class KeyServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the data-protection key ring (cookies, antiforgery tokens) in the database, so that it survives a restart
    /// and every server on the database accepts the others' cookies without a shared directory. Each key is stored
    /// encrypted with a key derived from the field-encryption key, which the database does not hold.
    /// </summary>
    public static IServiceCollection AddKinlinkKeys(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = KeyStore.From(configuration);
        keys.EnsureCreated();
        services.AddSingleton(keys);
        services.AddDataProtection()
            .SetApplicationName("Kinlink")
            .PersistKeysToDbContext<KinlinkDbContext>()
            .AddKeyManagementOptions(o => o.XmlEncryptor = new KeyRingXmlEncryptor(keys));
        services.AddHostedService<AuditWriter>();
        return services;
    }
}
