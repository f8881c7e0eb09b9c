using Kinlink.Data.Persistence;

namespace Kinlink.Data.Registry;

/// <summary>Fills an empty database with the synthetic demo data set.</summary>
public sealed class DemoSeeder(KinlinkDbContext db, TimeProvider clock)
{
    public Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
        => throw new NotImplementedException($"{db.GetType().Name} {clock.GetType().Name}");
}
