using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Registry;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Integration.Tests.Tracing;

public sealed class DemoEnquiriesTests(DemoSeederFixture fixture) : IClassFixture<DemoSeederFixture>
{
    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_has_a_dozen_enquiries_at_every_point_of_a_case_some_seeking_registry_persons_under_another_spelling(DatabaseKind kind)
    {
        var seeded = await fixture.SeededAsync(kind);
        await using var db = seeded.Database.NewContext();
        var enquiries = await db.Enquiries.AsNoTracking().ToListAsync();

        Assert.Equal(12, enquiries.Count);
        Assert.Equal(Enum.GetValues<EnquiryStatus>().Order(), enquiries.Select(e => e.Status).Distinct().Order());
        Assert.Contains(enquiries, e => e.SharingConsent == SharingConsent.Given);
        Assert.Contains(enquiries, e => e.SharingConsent == SharingConsent.Refused && e.AllowedOnRefusal == RefusalAllowance.ThatAlive);
        Assert.True(await db.EnquiryEvents.CountAsync() >= 10);
        Assert.True(await db.EnquiryContacts.CountAsync() >= 6);

        // The events agree with the statuses: each enquiry's last status event ends where the enquiry is.
        var events = await db.EnquiryEvents.AsNoTracking().Where(e => e.Kind == EnquiryEventKind.Status).ToListAsync();
        foreach (var enquiry in enquiries.Where(e => e.Status != EnquiryStatus.Open))
        {
            Assert.Equal(enquiry.Status, events.Where(e => e.EnquiryId == enquiry.Id).MaxBy(e => e.At)!.ToStatus);
        }

        // Sought in Ukrainian spelling, held under the Russian one: what matching must bridge.
        var persons = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var located = enquiries.Where(e => e.PersonId is not null).ToList();
        Assert.Equal(2, located.Count);
        Assert.All(located, e => Assert.NotEqual(persons[e.PersonId!.Value].Surname, e.SoughtSurname));
        var byDateOfBirth = enquiries.Where(e => e.SoughtDateOfBirth is not null && e.SoughtDependsOnPartyId is not null)
            .Count(e => persons.Values.Any(p => p.DateOfBirth == e.SoughtDateOfBirth && p.DependsOnPartyId == e.SoughtDependsOnPartyId && p.Surname != e.SoughtSurname && p.Surname[0] == e.SoughtSurname[0]));
        Assert.True(byDateOfBirth >= 4, $"{byDateOfBirth} enquiries seek a registry person under another spelling");

        var sameMan = enquiries.GroupBy(e => (e.SoughtSurname, e.SoughtGivenName, e.SoughtDateOfBirth)).Single(g => g.Count() == 2);
        Assert.Equal([EnquirerRelation.Mother, EnquirerRelation.Wife], sameMan.Select(e => e.EnquirerRelation).Order());
        // The first case located (the mother's) keeps her son held; the demo's exchange repatriates the later one's person.
        var firstLocated = located.MinBy(e => e.CreatedAt.UtcDateTime)!;
        Assert.Equal(PersonStatus.Held, persons[firstLocated.PersonId!.Value].CurrentStatus);
    }
}
