using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>Reads the audit trail: lists entries, and checks the chain from the first entry to the head.</summary>
public sealed class AuditReader(KinlinkDbContext db, KeyStore keys)
{
    private const int VerifyPage = 1000;

    /// <summary>Entries, newest first.</summary>
    public async Task<PagedResult<AuditEntry>> QueryAsync(AuditFilter filter, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (pageNumber, size) = Paging.Normalise(page, pageSize);
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.PersonId is { } personId)
        {
            entries = entries.Where(e => db.Set<AuditEntryPerson>().Any(p => p.EntrySequence == e.Sequence && p.PersonId == personId));
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            entries = entries.Where(e => e.UserName == filter.UserName);
        }

        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            entries = entries.Where(e => e.Organisation == filter.Organisation);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            // A request's entry lists its actions comma-separated.
            var action = "," + filter.Action + ",";
            entries = entries.Where(e => ("," + e.Action + ",").Contains(action));
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Sequence).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(items, total, pageNumber, size);
    }

    /// <summary>
    /// Refuses a key store that does not belong to this database, typically a database restored from a backup
    /// without its keys, where the web app's start made new, empty ones: audit entries written with the new key
    /// would never verify, and values encrypted with the old master key could never be read.
    /// </summary>
    /// <exception cref="InvalidOperationException">The keys do not fit; the message says what to restore.</exception>
    public async Task EnsureKeysFitAsync(CancellationToken cancellationToken = default)
    {
        var newest = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (newest is not null)
        {
            var persons = await PersonsOfAsync(newest.Sequence, cancellationToken);
            if (AuditChain.MacOf(keys.GetExisting(KeyStore.AuditHmac), newest, persons) != newest.Mac)
            {
                throw new InvalidOperationException(
                    $"The audit key in {keys.Describe(KeyStore.AuditHmac)} does not verify the newest of the database's audit entries (entry {newest.Sequence}): "
                    + "these are not the keys this database was written with. Restore the keys directory (or the KINLINK_KEY_* variables) from the same backup as the database; "
                    + "if the keys are the right ones, the newest entry was tampered with: run 'kinlink audit verify'.");
            }
        }

        if (!await new FieldEncryption(db, keys, TimeProvider.System).MasterKeyOpensStoredKeysAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"The field-encryption key in {keys.Describe(KeyStore.FieldEncryption)} does not open the persons' data keys in the database: "
                + "restore the keys directory (or the KINLINK_KEY_* variables) from the same backup as the database.");
        }
    }

    /// <summary>The persons an entry is about.</summary>
    public async Task<IReadOnlyList<PersonId>> PersonsOfAsync(long sequence, CancellationToken cancellationToken = default) =>
        await db.Set<AuditEntryPerson>().AsNoTracking().Where(p => p.EntrySequence == sequence).Select(p => p.PersonId).ToListAsync(cancellationToken);

    /// <summary>
    /// Recomputes every MAC from entry 1 on. An edited entry, one rewritten without the key, or two swapped
    /// numbers fail their MAC; a deleted entry leaves a gap in the numbers or a head that points past the end.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        // Read before the entries: a batch committed meanwhile moves it only after its entries are in the database.
        var witness = new AuditWitness(keys.AuditWitnessPath).Read();
        string? macAtWitness = null;
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingleId, cancellationToken)
            ?? new AuditChainHead();
        var hasEntries = head.LastSequence > 0 || await db.AuditEntries.AnyAsync(cancellationToken);
        var key = hasEntries ? keys.GetExisting(KeyStore.AuditHmac) : [];
        long expected = 1;
        var previousMac = AuditChain.Genesis;
        var checkedEntries = 0L;
        while (true)
        {
            var from = expected;
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence).Take(VerifyPage).ToListAsync(cancellationToken);
            if (entries.Count == 0)
            {
                break;
            }

            var last = entries[^1].Sequence;
            var persons = (await db.Set<AuditEntryPerson>().AsNoTracking()
                    .Where(p => p.EntrySequence >= from && p.EntrySequence <= last)
                    .Select(p => new { p.EntrySequence, p.PersonId }).ToListAsync(cancellationToken))
                .ToLookup(p => p.EntrySequence, p => p.PersonId);
            foreach (var entry in entries)
            {
                if (entry.Sequence != expected)
                {
                    return new AuditVerification(checkedEntries, expected, $"entry {expected} is missing (the next entry is {entry.Sequence})");
                }

                if (entry.PreviousMac != previousMac)
                {
                    return new AuditVerification(checkedEntries, entry.Sequence, "it does not link to the entry before it");
                }

                var ids = persons[entry.Sequence].ToList();
                if (ids.Count != entry.PersonCount || AuditChain.MacOf(key, entry, ids) != entry.Mac)
                {
                    return new AuditVerification(checkedEntries, entry.Sequence, "its MAC does not match its contents (edited, or written without the key)");
                }

                if (entry.Sequence == witness?.Sequence)
                {
                    macAtWitness = entry.Mac;
                }

                previousMac = entry.Mac;
                expected++;
                checkedEntries++;
            }
        }

        if (head.LastSequence != expected - 1 || head.LastMac != previousMac)
        {
            return head.LastSequence >= expected
                ? new AuditVerification(checkedEntries, expected, $"entries {expected} to {head.LastSequence} are missing from the end")
                : new AuditVerification(checkedEntries, head.LastSequence + 1, "the chain head does not match the last entry");
        }

        if (witness is not null)
        {
            if (witness.Sequence >= expected)
            {
                return new AuditVerification(checkedEntries, expected,
                    $"entries {expected} to {witness.Sequence} are missing from the end: the witness outside the database saw entry {witness.Sequence}");
            }

            if (macAtWitness != witness.Mac)
            {
                return new AuditVerification(witness.Sequence - 1, witness.Sequence,
                    "it differs from the entry the witness outside the database saw: the chain was rewritten from here or before");
            }
        }

        return new AuditVerification(checkedEntries, null, null);
    }
}
