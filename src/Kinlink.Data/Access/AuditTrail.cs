using System.Text.Json;
using System.Threading.Channels;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>
/// Collects audit records from the services and writes them, in batches and after the response, as chained
/// <see cref="AuditEntry"/> rows. A background writer (in the web app) calls <see cref="FlushAsync"/> as records
/// arrive and once more on shutdown; the CLI flushes before it exits; disposing flushes too. Records that fail to
/// be written stay queued and are tried again, so none is lost while the process shuts down cleanly.
/// Inside a <see cref="BeginRequest"/> scope (every HTTP request, every command) the records of the request are
/// merged into one entry when it ends; outside one (background work) each record is an entry of its own.
/// </summary>
public sealed class AuditTrail(Func<KinlinkDbContext> newContext, KeyStore keys, TimeProvider clock) : IAsyncDisposable
{
    /// <summary>Entries per transaction: large enough to batch a busy minute, small enough to keep locks short.</summary>
    internal const int BatchSize = 200;

    /// <summary>
    /// Changed persons per entry: a request that changes more (a list import) is written as several entries, "part i
    /// of n", so that no entry of a 100,000-row list holds megabytes of encrypted changes.
    /// </summary>
    internal const int ChangedPersonsPerEntry = 250;

    private static readonly AsyncLocal<AuditRequestScope?> CurrentScope = new();

    private readonly Channel<AuditRecord> _queue = Channel.CreateUnbounded<AuditRecord>();
    private readonly List<AuditRecord> _taken = [];
    private readonly SemaphoreSlim _writing = new(1, 1);
    private volatile bool _disposed;
    private readonly AuditWitness _witness = new(keys.AuditWitnessPath);
    private Exception? _witnessFailure;

    /// <summary>Records waiting to be written.</summary>
    public int Pending => _queue.Reader.Count + _taken.Count;

    /// <summary>Queues an entry; returns at once.</summary>
    /// <exception cref="InvalidOperationException">The trail was closed (the process is stopping): the request must not go unrecorded.</exception>
    public void Record(Actor actor, string action, string summary, IEnumerable<PersonId> personIds, IReadOnlyList<AuditChange>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(personIds);
        var record = new AuditRecord(actor, action, summary, personIds.Distinct().ToList(), changes ?? [], clock.GetUtcNow());
        if (CurrentScope.Value is { } scope && scope.Trail == this && scope.TryAdd(record))
        {
            return;
        }

        Enqueue(record);
    }

    /// <summary>The last failure to move the witness file, if any, since the last call; the entries themselves were written.</summary>
    public Exception? TakeWitnessFailure() => Interlocked.Exchange(ref _witnessFailure, null);

    /// <summary>
    /// Opens the scope of one request (<paramref name="request"/>: "GET /api/persons?name", "kinlink export persons")
    /// for the current async flow: what the services record until the scope is disposed becomes one entry.
    /// </summary>
    public AuditRequestScope BeginRequest(string request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request);
        var scope = new AuditRequestScope(this, request, CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    internal void EndRequest(AuditRequestScope scope, IReadOnlyList<AuditRecord> records)
    {
        if (CurrentScope.Value == scope)
        {
            CurrentScope.Value = scope.Outer;
        }

        // A request acts for one account; should two ever record in it, each keeps its own entry.
        foreach (var byActor in records.GroupBy(r => r.Actor))
        {
            var all = byActor.ToList();
            Enqueue(new AuditRecord(
                byActor.Key,
                string.Join(',', all.Select(r => r.Action).Distinct(StringComparer.Ordinal)),
                string.Join("; ", all.Select(r => r.Summary).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)),
                all.SelectMany(r => r.PersonIds).Distinct().ToList(),
                all.SelectMany(r => r.Changes).ToList(),
                all[0].At) { Request = scope.Request });
        }
    }

    private void Enqueue(AuditRecord record)
    {
        foreach (var part in Split(record))
        {
            if (!_queue.Writer.TryWrite(part))
            {
                throw new InvalidOperationException("The audit trail is closed; Kinlink is stopping.");
            }
        }
    }

    private static IEnumerable<AuditRecord> Split(AuditRecord record)
    {
        var changed = record.Changes.Select(c => c.PersonId).Distinct().ToList();
        if (changed.Count <= ChangedPersonsPerEntry)
        {
            yield return record;
            yield break;
        }

        var changesByPerson = record.Changes.ToLookup(c => c.PersonId);
        var changedSet = changed.ToHashSet();
        var onlyShown = record.PersonIds.Where(p => !changedSet.Contains(p)).ToList();
        var parts = changed.Chunk(ChangedPersonsPerEntry).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            yield return record with
            {
                Summary = $"{record.Summary}; part {i + 1} of {parts.Count}",
                PersonIds = i == 0 ? [.. onlyShown, .. part] : part,
                Changes = part.SelectMany(p => changesByPerson[p]).ToList(),
            };
        }
    }

    /// <summary>Waits until there is something to write; false once the trail is closed and empty.</summary>
    public ValueTask<bool> WaitForRecordsAsync(CancellationToken cancellationToken) => _queue.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Writes everything queued so far.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        // Once disposed, everything was written and nothing more can be queued. The host may stop its services
        // again after disposing the container (RunAsync and WebApplicationFactory both stop it).
        if (_disposed)
        {
            return;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                while (_taken.Count < BatchSize && _queue.Reader.TryRead(out var record))
                {
                    _taken.Add(record);
                }

                if (_taken.Count == 0)
                {
                    return;
                }

                var end = await WriteAsync(_taken, cancellationToken);
                _taken.Clear();
                await MoveWitnessAsync(end);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await FlushAsync(CancellationToken.None);
        _disposed = true;
        _writing.Dispose();
    }

    /// <summary>
    /// After the commit, and never failing the flush: the entries are written, and writing them again would
    /// duplicate them. A witness that lags is caught up by the next batch.
    /// </summary>
    private async Task MoveWitnessAsync(AuditWitnessMark end)
    {
        try
        {
            await _witness.AdvanceAsync(end, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            _witnessFailure = ex;
        }
    }

    private async Task<AuditWitnessMark> WriteAsync(List<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var db = newContext();
        var encryption = new FieldEncryption(db, keys, clock);
        var macKey = keys.Get(KeyStore.AuditHmac);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A no-op update locks the head row first: on PostgreSQL a row lock that makes a second server wait,
        // on SQLite the write lock. Both then read the head as the other writer left it.
        await db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
        var head = await db.Set<AuditChainHead>().SingleAsync(h => h.Id == AuditChainHead.SingleId, cancellationToken);

        // Encrypted before any entry is added: making a person's key saves the context.
        await encryption.PrepareKeysAsync(records.SelectMany(r => r.Changes).Select(c => c.PersonId), cancellationToken);
        var changes = new List<string?>(records.Count);
        foreach (var record in records)
        {
            changes.Add(await EncryptChangesAsync(encryption, record.Changes, cancellationToken));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var entry = new AuditEntry
            {
                Sequence = head.LastSequence + 1,
                At = AuditChain.Truncate(record.At),
                UserName = Clip(record.Actor.UserName, 100),
                Organisation = Clip(record.Organisation, 50),
                Action = Clip(record.Action, 200),
                Summary = Clip(record.Summary, 1000),
                Request = record.Request is null ? null : Clip(record.Request, 400),
                PersonCount = record.PersonIds.Count,
                Changes = changes[i],
                PreviousMac = head.LastMac,
            };
            entry.Mac = AuditChain.MacOf(macKey, entry, record.PersonIds);
            db.AuditEntries.Add(entry);
            db.Set<AuditEntryPerson>().AddRange(record.PersonIds.Select(p => new AuditEntryPerson { EntrySequence = entry.Sequence, PersonId = p }));
            head.LastSequence = entry.Sequence;
            head.LastMac = entry.Mac;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AuditWitnessMark(head.LastSequence, head.LastMac);
    }

    private static async Task<string?> EncryptChangesAsync(FieldEncryption encryption, IReadOnlyList<AuditChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return null;
        }

        var stored = new List<AuditStoredChange>(changes.Count);
        foreach (var change in changes)
        {
            stored.Add(new AuditStoredChange(
                change.PersonId.Value,
                change.Field,
                change.Before is null ? null : await encryption.EncryptForPersonAsync(change.PersonId, change.Before, cancellationToken),
                change.After is null ? null : await encryption.EncryptForPersonAsync(change.PersonId, change.After, cancellationToken)));
        }

        return JsonSerializer.Serialize(stored);
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
