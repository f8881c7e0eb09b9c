using Kinlink.Data.Persistence;
using Kinlink.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>Finds a message or a parcel by the reference typed (MSG-… or PCL-…), tracked with its trail, or null.</summary>
internal static class MailItems
{
    public static async Task<MailItem?> FindAsync(KinlinkDbContext db, string? reference, CancellationToken cancellationToken)
    {
        if (MailReference.Normalize(reference, MailReference.MessagePrefix) is { } message)
        {
            return await db.Messages.Include(m => m.Events).SingleOrDefaultAsync(m => m.Reference == message, cancellationToken);
        }

        if (MailReference.Normalize(reference, MailReference.ParcelPrefix) is { } parcel)
        {
            return await db.Parcels.Include(p => p.Events).Include(p => p.Lines).AsSplitQuery().SingleOrDefaultAsync(p => p.Reference == parcel, cancellationToken);
        }

        return null;
    }
}
