using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Data.Configuration;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database chosen by configuration and the feature services, for the web app and the CLI alike.</summary>
    public static IServiceCollection AddKinlinkData(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped(sp => CreateContext(sp.GetRequiredService<DatabaseSettings>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => KeyStore.From(sp.GetRequiredService<IConfiguration>()));
        // The trail writes after the response, with contexts of its own, not the request's.
        services.AddSingleton(sp =>
        {
            // Resolved now: the trail still writes while the container is being disposed, when nothing can be resolved.
            var settings = sp.GetRequiredService<DatabaseSettings>();
            return new AuditTrail(() => CreateContext(settings), sp.GetRequiredService<KeyStore>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddScoped<AuditReader>();
        services.AddScoped<AuditService>();
        services.AddScoped<FieldEncryption>();
        services.AddScoped<PartyService>();
        services.AddScoped<PlaceService>();
        services.AddScoped<PersonService>();
        services.AddScoped<Registry.Matching.PersonMatchSearch>();
        services.AddSingleton<Registry.Matching.MatchStatisticsCache>();
        // Loaded only where a host starts it (the web app's ResidentIndexLoader); the command line reads the stored keys.
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            return new Registry.Matching.ResidentMatchIndex(() => CreateContext(settings));
        });
        services.AddScoped<ImportService>();
        services.AddScoped<ExportService>();
        services.AddScoped<Transmissions.TransmissionService>();
        services.AddScoped<RegistryOverviewService>();
        services.AddScoped<Reports.DashboardService>();
        services.AddSingleton(sp => Reports.DashboardSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Reports.DashboardCache>();
        services.AddScoped<Registry.Duplicates.DuplicateScanService>();
        services.AddScoped<Registry.Duplicates.DuplicateReviewService>();
        services.AddScoped<Registry.Duplicates.QueuedDuplicateScans>();
        services.AddScoped<Tracing.EnquiryService>();
        services.AddScoped<Tracing.EnquiryCaseService>();
        services.AddScoped<Tracing.EnquiryMatchingService>();
        services.AddScoped<Tracing.EnquiryReviewService>();
        services.AddScoped<Tracing.PublicEnquiryService>();
        services.AddScoped<Tracing.EnquiryConfidentialFields>();
        services.AddSingleton(sp => Tracing.TracingSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<Tracing.EnquiryAttachmentService>();
        services.AddScoped<Tracing.PfifExportService>();
        services.AddScoped<Tracing.PfifImportService>();
        services.AddSingleton(sp => Visits.VisitSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => Mail.MailSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<Mail.MessageService>();
        services.AddScoped<Mail.FamilyMailService>();
        services.AddScoped<Visits.VisitRequestService>();
        services.AddScoped<Visits.VisitService>();
        services.AddScoped<Visits.VisitFollowUpService>();
        services.AddScoped<Visits.VisitCoverageService>();
        services.AddScoped<Mail.ParcelService>();
        services.AddScoped<Mail.MailBatchService>();
        services.AddScoped<Exchanges.ExchangeService>();
        services.AddScoped<Reports.ReportService>();
        services.AddScoped<Reports.PartySummaryService>();
        services.AddScoped<Mail.MailRoutingService>();
        services.AddScoped<Mail.MailAuthorityService>();
        services.AddScoped<Mail.MailReportService>();
        services.AddScoped<Mail.PersonMailService>();
        services.AddScoped<Exchanges.JudicialService>();
        services.AddScoped<Exchanges.FamilyNewsService>();
        services.AddScoped<Exchanges.PersonExchangesService>();
        services.AddScoped<Exchanges.DeathNotificationService>();
        services.AddScoped<Exchanges.EffectsPacketService>();
        services.AddScoped<Exchanges.MedicalCaseService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<ScaleSeeder>();
        services.AddScoped<DatabaseMigrator>();
        services.AddKinlinkAccounts();
        return services;
    }

    /// <summary>A new context on the configured database; the caller disposes it.</summary>
    public static KinlinkDbContext CreateContext(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteKinlinkDbContext(new DbContextOptionsBuilder<SqliteKinlinkDbContext>()
                .UseSqlite(settings.ConnectionString, o => o.CommandTimeout(120)).AddInterceptors(SqliteReadTuning.Instance).Options),
            DatabaseProvider.Postgres => new PostgresKinlinkDbContext(new DbContextOptionsBuilder<PostgresKinlinkDbContext>()
                .UseNpgsql(settings.ConnectionString, o => o.CommandTimeout(120)).Options),
        };
    }

    /// <summary>
    /// Identity's user and role managers on the Kinlink database. Only the authenticator token provider is
    /// registered: Kinlink sends no email or SMS codes, and the data-protection providers would tie the CLI to
    /// the web app's key ring. The web app adds the sign-in manager and cookies on top.
    /// </summary>
    private static void AddKinlinkAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<KinlinkUser>(PasswordPolicy.Apply)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<KinlinkDbContext>()
            .AddUserStore<KinlinkUserStore>()
            .AddTokenProvider<AuthenticatorTokenProvider<KinlinkUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<KinlinkClaimsPrincipalFactory>();
        services.AddScoped<AccountService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<DemoAccounts>();
    }

    /// <summary>Creates the SQLite file's folder: SQLite makes the file but not a missing directory.</summary>
    internal static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
