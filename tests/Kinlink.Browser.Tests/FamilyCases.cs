using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kinlink.Browser.Tests;

/// <summary>A family's case as the journeys need it before their pages are used: filed online, searched, linked to the registry person and located.</summary>
internal static class FamilyCases
{
    /// <summary>Files the case online (so the family has a secret), locates it as <paramref name="person"/> and records the person's agreement to news being shared.</summary>
    /// <param name="searchTakes">How long the test clock runs between the filing and the finding (none unless given).</param>
    public static async Task<(string Reference, string Code)> LocatedAsync(IServiceProvider services, string person, EnquirerInput enquirer, SoughtPersonInput sought, Actor desk, TimeSpan searchTakes = default)
    {
        PublicEnquiryReceipt receipt;
        await using (var scope = services.CreateAsyncScope())
        {
            receipt = await scope.ServiceProvider.GetRequiredService<PublicEnquiryService>().FileAsync(new EnquiryInput
            {
                Enquirer = enquirer,
                SoughtPerson = sought,
                Circumstances = new CircumstancesInput { LastNewsDate = "2026-02", LastNewsPlace = "Бахмут" },
                Consent = new ConsentInput { Given = true },
            });
        }

        await ChangeAsync(services, receipt.Reference, (cases, version) => cases.ChangeStatusAsync(receipt.Reference, new StatusChangeInput { Status = "searching", Reason = "Search begun", Version = version }, desk));
        if (searchTakes > TimeSpan.Zero)
        {
            ((FakeTimeProvider)services.GetRequiredService<TimeProvider>()).Advance(searchTakes);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var reference = EnquiryReference.Parse(receipt.Reference);
            var parsed = IntermediaryReference.Parse(person);
            var personId = await db.Persons.Where(p => p.Reference == parsed).Select(p => p.Id).SingleAsync();
            var enquiry = await db.Enquiries.SingleAsync(e => e.Reference == reference);
            enquiry.LinkPerson(personId, desk, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await ChangeAsync(services, receipt.Reference, (cases, version) => cases.ChangeStatusAsync(receipt.Reference, new StatusChangeInput { Status = "located", Reason = "Found in a party's list", Version = version }, desk));
        await ChangeAsync(services, receipt.Reference, (cases, version) => cases.RecordConsentAsync(receipt.Reference, new SharingConsentInput { Consent = "given", ObtainedOn = "2026-11-20", ObtainedBy = "visit", Version = version }, desk));
        return (receipt.Reference, receipt.Code);
    }

    /// <summary>Each change in a scope of its own, with the case's current version, as each request would send it.</summary>
    private static async Task ChangeAsync(IServiceProvider services, string reference, Func<EnquiryCaseService, int, Task<EnquiryRecord>> change)
    {
        await using var scope = services.CreateAsyncScope();
        var parsed = EnquiryReference.Parse(reference);
        var version = await scope.ServiceProvider.GetRequiredService<KinlinkDbContext>().Enquiries.Where(e => e.Reference == parsed).Select(e => e.Version).SingleAsync();
        await change(scope.ServiceProvider.GetRequiredService<EnquiryCaseService>(), version);
    }
}
