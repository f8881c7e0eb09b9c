using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>Finding a registry person from what a form or a request names them by, with the error a reader can act on.</summary>
public static class PersonLookups
{
    /// <summary>A registry person by id or reference (a merged record answers with the record it was merged into).</summary>
    public static async Task<PersonId?> IdAsync(KinlinkDbContext db, string? idOrReference, string field, IDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var text = (idOrReference ?? "").Trim();
        var query = db.Persons.AsNoTracking();
        if (Guid.TryParse(text, out var guid))
        {
            var id = new PersonId(guid);
            query = query.Where(p => p.Id == id);
        }
        else if (IntermediaryReference.TryParse(text, out var reference))
        {
            query = query.Where(p => p.Reference == reference);
        }
        else
        {
            errors[field] = [text.Length == 0 ? "Name the person by registry reference." : $"'{text}' is not a registry reference (KL-XXXX-XXXX)."];
            return null;
        }

        var found = await query.Select(p => new { p.Id, p.MergedIntoId }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            errors[field] = [$"No person {text} is registered."];
            return null;
        }

        return found.MergedIntoId ?? found.Id;
    }
}
