using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Visits;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Mail;

/// <summary>The look-ups the parcel, batch and routing services share: a person, an enquiry, a place by what a caseworker types.</summary>
internal static class MailLookups
{
    public static void EnsureIntermediary(Actor actor) =>
        IntermediaryWork.Ensure(actor, "Parcels, dispatch batches and routing are the intermediary's work.");

    public static async Task<EnquiryId?> EnquiryIdAsync(KinlinkDbContext db, string? reference, string field, IDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        if (!EnquiryReference.TryParse(reference, out var parsed))
        {
            errors[field] = [$"'{reference.Trim()}' is not an enquiry reference."];
            return null;
        }

        var id = await db.Enquiries.AsNoTracking().Where(e => e.Reference == parsed).Select(e => (EnquiryId?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors[field] = [$"No enquiry {parsed}."];
        }

        return id;
    }

    public static async Task<PlaceOfDetention> PlaceAsync(KinlinkDbContext db, string? code, string field, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ValidationFailedException(field, "Give the code of the place of detention.");
        }

        var wanted = code.Trim().ToUpperInvariant();
        return await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Code == wanted, cancellationToken)
            ?? throw new ValidationFailedException(field, $"'{code.Trim()}' is not a known place-of-detention code.");
    }

    public static async Task<PartyId> PartyIdAsync(KinlinkDbContext db, string code, string field, CancellationToken cancellationToken)
    {
        var wanted = code.Trim().ToUpperInvariant();
        return await db.Parties.AsNoTracking().Where(p => p.Code == wanted).Select(p => (PartyId?)p.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationFailedException(field, $"'{code.Trim()}' is not a known party code.");
    }

    public static void ExpectVersion(int actual, int? expected, string what)
    {
        var version = expected ?? throw new ValidationFailedException("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        if (actual != version)
        {
            throw new ConflictException($"The {what} was changed by someone else (version {actual}, you had {version}). Reload it and make your change again.");
        }
    }

    public static async Task SaveAsync(KinlinkDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"The {what} was changed by someone else meanwhile. Reload it and make your change again.");
        }
    }

    /// <summary>The persons as a mail list shows them: reference, names as written and in Latin, service number, where held now.</summary>
    public static async Task<Dictionary<PersonId, MailPerson>> PersonsAsync(KinlinkDbContext db, IEnumerable<PersonId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var held = VisitQueries.HeldStatuses;
        var rows = await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, p.Surname, p.GivenName, p.Patronymic, p.ServiceNumber, p.CurrentStatus, p.CurrentPlaceId })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(p => p.Id, p =>
        {
            var fullName = string.Join(' ', new[] { p.Surname, p.GivenName, p.Patronymic }.Where(s => s.Length > 0));
            return new MailPerson(p.Id, p.Reference.Value, fullName, PersonService.LatinReading(fullName), p.ServiceNumber ?? "",
                held.Contains(p.CurrentStatus) ? p.CurrentPlaceId : null, p.CurrentStatus);
        });
    }

    public static async Task<Dictionary<PlaceId, (string Code, string Name)>> PlacesAsync(KinlinkDbContext db, IEnumerable<PlaceId?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<PlaceId>().Distinct().ToList();
        return (await db.Places.AsNoTracking().Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => (p.Code, p.Name));
    }

    public static async Task<Dictionary<EnquiryId, string>> EnquiryReferencesAsync(KinlinkDbContext db, IEnumerable<EnquiryId?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<EnquiryId>().Distinct().ToList();
        return (await db.Enquiries.AsNoTracking().Where(e => wanted.Contains(e.Id)).Select(e => new { e.Id, e.Reference }).ToListAsync(cancellationToken))
            .ToDictionary(e => e.Id, e => e.Reference.ToString());
    }

    public static async Task<Dictionary<MailBatchId, string>> BatchReferencesAsync(KinlinkDbContext db, IEnumerable<MailBatchId?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<MailBatchId>().Distinct().ToList();
        return await db.MailBatches.AsNoTracking().Where(b => wanted.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Reference, cancellationToken);
    }

    public static async Task<Dictionary<PartyId, string>> PartyCodesAsync(KinlinkDbContext db, CancellationToken cancellationToken) =>
        await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
}
