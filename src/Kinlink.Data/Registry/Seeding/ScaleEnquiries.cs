using System.Globalization;
using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Kinlink.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// The families' enquiries of a scale data set: one for every 50th person of the registry (2 %), asked by a mother,
/// wife, father or sister in the language of the party the person depends on, and one more for every 200 persons
/// about someone the registry does not hold (generator records of another seed). They are opened through
/// <see cref="Enquiry.Open"/> and saved through the context, a few hundred at a time, so that their match subjects
/// and keys, search text and sealed contact details (each enquiry's own key, as <see cref="EnquiryConfidentialFields"/>
/// seals them) are exactly what the application writes; their references, ids and ciphertexts are therefore drawn
/// at random as the application draws them.
/// </summary>
internal static class ScaleEnquiries
{
    public const int PersonsPerEnquiry = 50;

    public const int PersonsPerUnknownEnquiry = 200;

    private const int EnquiriesPerSave = 500;

    private static readonly Actor Caseworker = new("scale-seed@kinlink.example", null);

    private static readonly EnquirerRelation[] Relations = [EnquirerRelation.Mother, EnquirerRelation.Wife, EnquirerRelation.Father, EnquirerRelation.Sister];

    private static readonly string[] UkrainianGivenNames = ["Галина Петрівна", "Оксана Василівна", "Наталія Олексіївна", "Людмила Степанівна", "Ірина Олегівна"];

    private static readonly string[] RussianGivenNames = ["Елена Викторовна", "Ольга Николаевна", "Татьяна Сергеевна", "Наталья Ивановна", "Светлана Петровна"];

    public static async Task<int> AddAsync(KinlinkDbContext db, EnquiryConfidentialFields confidential, int persons, int seed, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var random = new Random(seed ^ 0x0e9a);
        var ukraine = await db.Parties.AsNoTracking().Where(p => p.Code == "UA").Select(p => p.Id).SingleAsync(cancellationToken);
        var written = 0;
        var lastNumber = 0;
        while (true)
        {
            var ids = await db.PersonMatchSubjects.AsNoTracking()
                .Where(s => s.Number > lastNumber && s.Number % PersonsPerEnquiry == 0).OrderBy(s => s.Number).Take(EnquiriesPerSave)
                .Select(s => new { s.Number, s.PersonId }).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            lastNumber = ids[^1].Number;
            var wanted = ids.Select(i => i.PersonId).ToList();
            var sought = await db.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var id in wanted)
            {
                var person = sought[id];
                var name = random.NextDouble() < 0.3 ? PersonNameParts.Create(person.Surname, person.GivenName, null) : PersonNameParts.Create(person.Surname, person.GivenName, person.Patronymic);
                await OpenAsync(db, confidential, random, name, person.Sex, person.DateOfBirth, person.DependsOnPartyId, person.DependsOnPartyId == ukraine, asOf, cancellationToken);
            }

            written += await SaveAsync(db, cancellationToken);
        }

        var unknown = persons / PersonsPerUnknownEnquiry;
        if (unknown >= 10)
        {
            // Another seed's records: persons the registry does not hold (a chance namesake aside, as in life).
            foreach (var batch in new CrossScriptGenerator(seed + 1).StreamRegistry(unknown).Chunk(EnquiriesPerSave))
            {
                foreach (var record in batch)
                {
                    var details = ScaleSeeder.DetailsOf(record, ukraine);
                    await OpenAsync(db, confidential, random, details.Name, details.Sex, details.DateOfBirth, ukraine, true, asOf, cancellationToken);
                }

                written += await SaveAsync(db, cancellationToken);
            }
        }

        return written;
    }

    private static async Task OpenAsync(KinlinkDbContext db, EnquiryConfidentialFields confidential, Random random, PersonNameParts name, Sex sex, PartialDate? born, PartyId? dependsOn, bool ukrainian, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var relation = Relations[random.Next(Relations.Length)];
        var givenNames = ukrainian ? UkrainianGivenNames : RussianGivenNames;
        var enquirer = new EnquirerDraft(
            $"{name.Surname} {givenNames[random.Next(givenNames.Length)]}",
            relation,
            null,
            string.Create(CultureInfo.InvariantCulture, $"{(ukrainian ? "+380" : "+7")} {random.Next(50, 99)} {random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}"),
            random.NextDouble() < 0.3 ? string.Create(CultureInfo.InvariantCulture, $"family{random.Next(1_000_000)}@example.org") : null,
            random.NextDouble() < 0.5 ? (ukrainian ? $"вул. Соборна {random.Next(1, 120)}, Полтава" : $"ул. Ленина {random.Next(1, 120)}, Курск") : null,
            ukrainian ? EnquiryLanguage.Ukrainian : EnquiryLanguage.Russian);
        var opened = asOf.AddDays(-random.Next(1, 400));
        var draft = new EnquiryDraft(
            enquirer,
            new SoughtPersonDraft(name, sex, born, born is null ? ApproximateAge.Create(random.Next(20, 50), PartialDate.Parse(opened.Year.ToString(CultureInfo.InvariantCulture))) : null, DependsOnPartyId: dependsOn),
            new LastNewsDraft(PartialDate.FromDate(DateOnly.FromDateTime(opened.AddDays(-random.Next(20, 300)).UtcDateTime)), ukrainian ? "Донецька область" : "Курская область", ukrainian ? "Останній дзвінок від нього" : "Последний звонок от него"),
            EnquiryChannel.Phone,
            LegalBasis.VitalInterest,
            null,
            false,
            null);
        var enquiry = Enquiry.Open(draft, EnquiryReference.NewRandom(), Caseworker, opened);
        db.Enquiries.Add(enquiry);
        db.Entry(enquiry).Property<string>(EnquiryService.SearchTextColumn).CurrentValue = EnquiryService.SearchTextOf(enquiry);
        // The contact details are sealed with the enquiry's own key, as every other path stores them.
        await confidential.SealAsync(enquiry, cancellationToken);
    }

    private static async Task<int> SaveAsync(KinlinkDbContext db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<Enquiry>().Count();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added;
    }
}
