using Kinlink.Data.Registry.Matching;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinlink.Data.Persistence;

public abstract partial class KinlinkDbContext
{
    // The enquiry fields the sought person is matched on (EnquiryMatchRecords.Of); a change to any other keeps the keys.
    private static readonly string[] MatchedSoughtFields =
    [
        nameof(Enquiry.SoughtSurname), nameof(Enquiry.SoughtGivenName), nameof(Enquiry.SoughtPatronymic), nameof(Enquiry.SoughtSex),
        nameof(Enquiry.SoughtDateOfBirth), nameof(Enquiry.SoughtAgeYears), nameof(Enquiry.SoughtAgeAsOf), nameof(Enquiry.SoughtPlaceOfBirth),
    ];

    /// <summary>
    /// Writes the prepared form and the probe keys of every enquiry added and of every enquiry whose sought person
    /// changed, in the same save, and marks it as still to be searched against the registry: whichever page, API or
    /// import opened or edited it, the next matching pass finds it.
    /// </summary>
    private void WriteEnquiryMatchKeys()
    {
        var changed = ChangeTracker.Entries<Enquiry>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && SoughtFieldChanged(e)))
            .Select(e => e.Entity).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var stored = changed.Where(e => Entry(e).State != EntityState.Added).Select(e => e.Id).ToList();
        var subjects = ChangeTracker.Entries<EnquiryMatchSubject>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).ToList();
        if (stored.Count > 0)
        {
            subjects.AddRange(EnquiryMatchSubjects.Where(s => stored.Contains(s.EnquiryId)).AsEnumerable().Where(s => !subjects.Contains(s)));
            var numbers = subjects.Where(s => s.Number > 0).Select(s => s.Number).ToList();
            _ = EnquiryMatchKeys.Where(k => numbers.Contains(k.Number)).ToList();
        }

        var bySubject = subjects.ToDictionary(s => s.EnquiryId);
        foreach (var enquiry in changed)
        {
            var prepared = PreparedRecord.From(EnquiryMatchRecords.Of(enquiry));
            if (!bySubject.TryGetValue(enquiry.Id, out var subject))
            {
                subject = new EnquiryMatchSubject { EnquiryId = enquiry.Id };
                EnquiryMatchSubjects.Add(subject);
            }

            subject.Forms = MatchForms.Join([prepared]);
            subject.SearchedAt = null;
            var keys = CandidateKeys.ForQuery(prepared).Select(MatchKeyCalculator.Hash).ToHashSet();
            var number = subject.Number;
            foreach (var old in ChangeTracker.Entries<EnquiryMatchKey>().Where(e => e.State != EntityState.Deleted && (e.Entity.Subject == subject || (number > 0 && e.Entity.Number == number))).ToList())
            {
                if (!keys.Remove(old.Entity.Key))
                {
                    old.State = old.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
                }
            }

            foreach (var key in keys)
            {
                EnquiryMatchKeys.Add(number > 0 ? new EnquiryMatchKey { Key = key, Number = number } : new EnquiryMatchKey { Key = key, Subject = subject });
            }
        }
    }

    private static bool SoughtFieldChanged(EntityEntry<Enquiry> entry) =>
        MatchedSoughtFields.Any(name =>
        {
            var property = entry.Property(name);
            return !Equals(property.OriginalValue, property.CurrentValue);
        });
}
