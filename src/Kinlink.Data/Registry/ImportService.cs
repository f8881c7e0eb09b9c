using System.Security.Cryptography;
using Kinlink.Data.Access;
using Kinlink.Data.Demo;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>
/// Imports a detaining party's notification or event list (CSV or XLSX). Every row is checked with the same rules
/// as the API; refused rows are reported by line, column and reason, and the accepted rows are stored together in
/// one transaction: a list is stored whole or not at all, never half of it. An import empties the context's change
/// tracker between batches, so the context should not hold unsaved work of the caller.
/// </summary>
public sealed class ImportService(KinlinkDbContext db, TimeProvider clock, AuditTrail audit)
{
    internal const int DefaultBatchSize = 1000;

    /// <summary>
    /// Rows applied between two saves. Each batch is saved (inside the one transaction) and the change tracker
    /// emptied, so a list of 100,000 rows keeps only one batch of persons in memory.
    /// </summary>
    internal int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>For tests: called after each data row with its line, inside the transaction, to fail an import mid-file.</summary>
    internal Func<int, Task>? AfterRowHook { get; set; }

    /// <summary>
    /// The persons a list creates are written as multi-row inserts past the change tracker (<see cref="PersonRowWriter"/>,
    /// with the rows SaveChanges would add for them); changes of known persons are always saved the normal way. False
    /// saves new persons through the change tracker too: the tests compare the two.
    /// </summary>
    internal bool WriteNewPersonsPastTracker { get; set; } = true;

    /// <summary>How long each phase of the last import took, for the import benchmark.</summary>
    internal ImportPhaseTimes Phases { get; } = new();

    public async Task<ImportReport> ImportPersonsAsync(Stream content, string fileName, string partyCode, string source, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(actor);
        // Browsers on Windows may send the whole path; only the name is kept.
        fileName = (fileName ?? "").Split('/', '\\')[^1].Trim();
        if (fileName.Length > 300)
        {
            fileName = fileName[^300..];
        }

        Phases.Start();
        var label = (source ?? "").Trim();
        var bytes = await ReadAllAsync(content, cancellationToken);
        var errors = new List<ImportRowError>();
        ImportReport Refused(int rowsTotal = 0) =>
            new(null, fileName, label, (partyCode ?? "").Trim().ToUpperInvariant(), rowsTotal, 0, rowsTotal, 0, 0, 0, errors);

        var parties = await PartyService.ConflictPartyCodesAsync(db, cancellationToken);
        if (!parties.TryGetValue((partyCode ?? "").Trim(), out var sender))
        {
            errors.Add(new ImportRowError(0, "party", $"'{partyCode}' is not a party to the conflict: say which party sent the list ({string.Join(", ", parties.Keys.Order(StringComparer.Ordinal))})."));
        }
        else if (!actor.IsIntermediary && !string.Equals(actor.PartyCode, (partyCode ?? "").Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new ImportRowError(0, "party", $"An officer of {actor.PartyCode} imports only the lists {actor.PartyCode} sends."));
        }

        if (label.Length == 0)
        {
            errors.Add(new ImportRowError(0, "source", "Name the source, for example \"list of 2026-11-20\"."));
        }
        else if (label.Length > 300)
        {
            errors.Add(new ImportRowError(0, "source", "The source is at most 300 characters."));
        }

        List<ListRow> rows;
        try
        {
            rows = ListFile.Read(bytes, fileName);
        }
        catch (ListFileException ex)
        {
            errors.Add(new ImportRowError(0, "file", ex.Message));
            return Refused();
        }

        var columns = ListColumns.FromHeader(rows.FirstOrDefault(), errors);
        var dataRows = rows.Skip(1).Where(r => !r.IsBlank).ToList();
        if (columns is not null && dataRows.Count == 0)
        {
            errors.Add(new ImportRowError(0, "file", "The file has a header but no rows of persons."));
        }

        if (errors.Count > 0 || columns is null)
        {
            return Refused(columns is null ? 0 : dataRows.Count);
        }

        var now = clock.GetUtcNow();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var sourceList = SourceList.Create(label, fileName, sender, hash, now, actor);
        var places = await PersonService.PlaceCodesAsync(db, cancellationToken);
        var run = new ListImportRun(db, columns, parties, places, sourceList, actor, now) { NewPersons = WriteNewPersonsPastTracker ? [] : null };
        var referencesInFile = dataRows
            .Select(r => IntermediaryReference.TryParse(columns.Value(r, ImportColumns.IntermediaryRef), out var reference) ? reference : null)
            .OfType<IntermediaryReference>().ToHashSet();

        Phases.Lap("read and check the file");
        db.ChangeTracker.Clear();
        var scanLater = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var writer = WriteNewPersonsPastTracker ? await NewPersonWriterAsync(cancellationToken) : null;
            db.SourceLists.Add(sourceList);
            foreach (var batch in dataRows.Chunk(Math.Max(1, BatchSize)))
            {
                await run.LoadBatchAsync(batch, referencesInFile, cancellationToken);
                Phases.Lap("look up known persons");
                foreach (var row in batch)
                {
                    run.Apply(row);
                    if (AfterRowHook is { } hook)
                    {
                        await hook(row.Line);
                    }
                }

                Phases.Lap("check and apply rows");
                await db.SaveChangesAsync(cancellationToken);
                Phases.Lap("save changes of known persons");
                if (writer is not null && run.NewPersons is { Count: > 0 } created)
                {
                    // After the save, which inserted the list their names and events point to.
                    await writer.WriteAsync(created, KinlinkDbContext.RegistrationTransmissionsFor, cancellationToken);
                    created.Clear();
                    Phases.Lap("write new persons");
                }

                db.ChangeTracker.Clear();
            }

            if (writer is not null)
            {
                await writer.CompleteAsync(cancellationToken);
            }

            errors.AddRange(run.Errors);
            scanLater = run.Touched.Distinct().Count() > QueuedDuplicateScans.InlinePersons;
            if (run.RowsAccepted == 0)
            {
                // Nothing of the list could be used: no record of it is kept, and the caller shows the report
                // (the API answers 400) so the sender can correct the list and send it again.
                await transaction.RollbackAsync(cancellationToken);
                return Refused(dataRows.Count);
            }

            db.SourceLists.Attach(sourceList);
            sourceList.RecordOutcome(dataRows.Count, run.RowsAccepted, run.RowsRejected, run.PersonsCreated, run.PersonsUpdated, run.EventsAdded);
            if (scanLater)
            {
                QueuedDuplicateScans.Enqueue(db, sourceList.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Phases.Lap("commit");
        }
        catch
        {
            // Whatever failed (the database, a cancellation, a test hook), nothing of the list stays behind.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }

        db.ChangeTracker.Clear();
        RecordAudit(run, sourceList, actor);
        Phases.Lap("queue the audit record");
        // The list may say a person died or was released: their mail stops once the list is committed.
        await Mail.MailStopping.StopForPersonsAsync(db, [.. run.Touched.Distinct()], audit, actor, clock.GetUtcNow(), cancellationToken);
        Phases.Lap("stop mail");
        if (!scanLater)
        {
            await new DuplicateFinder(db, clock).FindAsync(await QueuedDuplicateScans.PersonsNamedByAsync(db, sourceList.Id, cancellationToken), cancellationToken);
            Phases.Lap("scan for duplicates");
        }

        return new ImportReport(
            sourceList.Id, sourceList.FileName, sourceList.Label, parties.First(p => p.Value == sender).Key,
            dataRows.Count, run.RowsAccepted, run.RowsRejected, run.PersonsCreated, run.PersonsUpdated, run.EventsAdded, errors);
    }

    /// <summary>
    /// The writer of new persons. It numbers their match subjects after the highest stored number: on SQLite the
    /// import's transaction already holds the only write lock; on PostgreSQL no other session may add a subject until
    /// the import commits (reads go on), or a person saved meanwhile could take a number the writer has given out.
    /// </summary>
    private async Task<PersonRowWriter> NewPersonWriterAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE person_match_subjects IN EXCLUSIVE MODE", cancellationToken);
        }

        return new PersonRowWriter(db);
    }

    /// <summary>Imported lists, newest first.</summary>
    public async Task<PagedResult<SourceList>> ListAsync(int? page, int? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var lists = await ListsVisibleToAsync(db, actor, cancellationToken);
        var total = await lists.CountAsync(cancellationToken);
        // Newest first by id: ids are version-7 GUIDs, which sort by creation time on both providers, while SQLite
        // cannot sort by a DateTimeOffset column.
        var items = await lists.OrderByDescending(s => s.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new PagedResult<SourceList>(items, total, pageNumber, size);
    }

    public async Task<SourceList> GetAsync(SourceListId id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await (await ListsVisibleToAsync(db, actor, cancellationToken)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException("Import", id.ToString());
    }

    /// <summary>
    /// A party's officers see only the lists their own party sent: the other side's file names, labels and importers
    /// are the intermediary's records, not notification data.
    /// </summary>
    internal static async Task<IQueryable<SourceList>> ListsVisibleToAsync(KinlinkDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var lists = db.SourceLists.AsNoTracking();
        if (actor.IsIntermediary)
        {
            return lists;
        }

        var party = await PartyScope.PartyOfAsync(db, actor, cancellationToken);
        return lists.Where(s => party != null && s.PartyId == party);
    }

    /// <summary>One record for the whole list; the trail writes a large one as several entries (see <see cref="AuditTrail"/>).</summary>
    private void RecordAudit(ListImportRun run, SourceList sourceList, Actor actor)
    {
        var persons = run.Touched.Distinct().ToList();
        if (persons.Count == 0)
        {
            audit.Record(actor, AuditActions.ListImport, $"imported \"{sourceList.FileName}\" ({sourceList.Label}): nothing changed", []);
            return;
        }

        audit.Record(actor, AuditActions.ListImport,
            $"imported \"{sourceList.FileName}\" ({sourceList.Label}) as list {sourceList.Id.Value}: {run.PersonsCreated} created, {run.PersonsUpdated} updated",
            persons, run.Changes.ToList());
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
