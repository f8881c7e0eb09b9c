using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Encrypts the confidential fields of enquiries stored before they were encrypted (the first slice of issue 5 kept
/// them in plain columns). Runs at start-up and in <c>kinlink db migrate</c>, after the schema, since a migration has
/// no keys. Each batch is one transaction with its enquiries' new keys; when two servers start at once and both seal
/// an enquiry, the second one's key collides with the first's and its batch is rolled back and read again.
/// </summary>
public sealed class EnquiryEncryptionBackfill(KinlinkDbContext db, FieldEncryption encryption)
{
    private const int EnquiriesPerBatch = 200;
    private const int Attempts = 5;

    /// <returns>The number of enquiries sealed now; 0 when every enquiry was already.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var sealedNow = 0;
        var failures = 0;
        var confidential = new EnquiryConfidentialFields(encryption);
        while (true)
        {
            // The prefix test is done by the database; LooksSealed then tells a sealed value from a text that starts alike.
            var batch = await db.Enquiries
                .Where(e => (e.EnquirerPhone != "" && !e.EnquirerPhone.StartsWith("v1:"))
                    || (e.EnquirerEmail != "" && !e.EnquirerEmail.StartsWith("v1:"))
                    || (e.EnquirerPostalAddress != "" && !e.EnquirerPostalAddress.StartsWith("v1:"))
                    || (e.HowNewsCame != "" && !e.HowNewsCame.StartsWith("v1:")))
                .OrderBy(e => e.Id).Take(EnquiriesPerBatch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return sealedNow;
            }

            // A database restored without its keys directory would otherwise be sealed with a master key made up now,
            // and the enquiries lost when the right keys are restored; start-up then refuses to run, saying what to restore.
            if (sealedNow == 0 && !await encryption.MasterKeyOpensStoredKeysAsync(cancellationToken))
            {
                return 0;
            }

            foreach (var enquiry in batch)
            {
                await confidential.SealAsync(enquiry, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sealedNow += batch.Count;
            }
            catch (DbUpdateException) when (++failures < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
