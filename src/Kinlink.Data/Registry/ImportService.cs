using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;

namespace Kinlink.Data.Registry;

/// <summary>Imports a detaining party's notification or event list (CSV or XLSX).</summary>
public sealed class ImportService(KinlinkDbContext db, TimeProvider clock)
{
    public Task<ImportReport> ImportPersonsAsync(Stream content, string fileName, string partyCode, string source, Actor actor, CancellationToken cancellationToken = default)
        => throw new NotImplementedException($"{db.GetType().Name} {clock.GetType().Name} {content} {fileName} {partyCode} {source} {actor}");

    public Task<PagedResult<Kinlink.Domain.Registry.SourceList>> ListAsync(int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
        => throw new NotImplementedException($"{page} {pageSize} {actor}");

    public Task<Kinlink.Domain.Registry.SourceList> GetAsync(SourceListId id, Actor actor, CancellationToken cancellationToken = default)
        => throw new NotImplementedException($"{id} {actor}");
}
