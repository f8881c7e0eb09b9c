using Kinlink.Data.Access;
using Kinlink.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinlink.Data.Visits;

/// <summary>
/// Refuses to save a visit's findings, recommendations or a person's note in clear, whatever path changed them: a
/// service that forgot to seal them would otherwise write what a prisoner said in confidence in plain text.
/// </summary>
internal static class VisitConfidentialFields
{
    internal static void EnsureSealed(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<Visit>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            Check(entry, nameof(Visit.SealedFindings), entry.Entity.Reference);
            Check(entry, nameof(Visit.SealedRecommendations), entry.Entity.Reference);
        }

        foreach (var entry in changes.Entries<VisitPerson>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            Check(entry, nameof(VisitPerson.SealedNote), entry.Entity.VisitId.ToString());
        }
    }

    private static void Check(EntityEntry entry, string property, string what)
    {
        var value = entry.Property(property);
        if ((entry.State == EntityState.Added || value.IsModified) && value.CurrentValue is string { Length: > 0 } text && !FieldEncryption.LooksSealed(text))
        {
            throw new InvalidOperationException($"Visit {what}: {property} is about to be saved in clear; seal it first.");
        }
    }
}
