using Kinlink.Data.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kinlink.Web.Infrastructure;

/// <summary>/health answers 200 only when the database answers.</summary>
internal sealed class DatabaseHealthCheck(KinlinkDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
