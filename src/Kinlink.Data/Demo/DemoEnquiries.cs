using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Demo;

/// <summary>
/// A dozen family enquiries for the demo, at every point of a case's life, with their history and contacts. Five of them
/// seek Ukrainians the Russian lists wrote in Russian letters (Коваленко Олександр Миколайович on the enquiry, Коваленко
/// Александр Николаевич in the registry), so that matching has something to find; two of those, a mother's and a wife's,
/// seek the same man. The others seek persons the registry does not know.
/// </summary>
internal static class DemoEnquiries
{
    private static readonly Actor Caseworker = new("caseworker@kinlink.example", null);
    private static readonly Actor Delegate = new("delegate@kinlink.example", null);

    public static void Add(KinlinkDbContext db, IReadOnlyList<Person> persons, IReadOnlyList<Party> parties, DateTimeOffset now)
    {
        var ua = parties.Single(p => p.Code == "UA").Id;
        var ru = parties.Single(p => p.Code == "RU").Id;
        // Held Ukrainians the Russian lists spelled in Russian, whose Ukrainian spelling differs, each name's parts and birth date known.
        var sought = persons
            .Where(p => p.DependsOnPartyId == ua && p.CurrentStatus is PersonStatus.Held && p.CurrentPlaceId is not null && p.DateOfBirth is not null)
            .Select(p => (Person: p, Ukrainian: InUkrainian(p)))
            .Where(p => p.Ukrainian is not null && p.Ukrainian.Value.Surname != p.Person.Surname)
            .Take(4)
            .ToList();
        if (sought.Count < 4)
        {
            return;
        }

        var day = now.AddDays(-60);
        DateTimeOffset Later(int days) => day = day.AddDays(days);

        // 1 and 2: a mother and a wife ask about the same man; he is located and agreed to share news with his mother.
        var (a, aUk) = (sought[0].Person, sought[0].Ukrainian!.Value);
        var mother = Open(db, Family("Галина Петрівна", aUk.Surname, EnquirerRelation.Mother, "+380 67 214 55 10", null, "вул. Соборна 12, Полтава 36000"), aUk, a, EnquiryChannel.Office, Later(1));
        Contact(db, mother, Later(0), ContactChannel.InPerson, ContactDirection.Incoming, "Мати прийшла до офісу, заповнили запит, передала фото сина.");
        Status(db, mother, EnquiryStatus.Searching, "Розпочато пошук за списками сторони, що утримує.", null, Later(2));
        var wife = Open(db, Family("Оксана Василівна", aUk.Surname, EnquirerRelation.Wife, null, "o.demo@example.org", null), aUk with { Patronymic = "" }, a, EnquiryChannel.Online, Later(3));
        Contact(db, wife, Later(1), ContactChannel.Email, ContactDirection.Outgoing, "Підтвердили отримання запиту електронною поштою.");
        mother.LinkPerson(a.Id, Caseworker, Later(5));
        Status(db, mother, EnquiryStatus.Located, "Знайдено у списку сторони, що утримує; особу підтвердив працівник.", a.CurrentPlaceId, Later(0));
        Consent(db, mother, SharingConsent.Given, ConsentObtainedBy.Visit, null, "Під час відвідування табору погодився, щоб матері передали новини.", Later(9));
        Contact(db, mother, Later(1), ContactChannel.Phone, ContactDirection.Outgoing, "Зателефонували матері: є новини, запросили до офісу.");
        Status(db, wife, EnquiryStatus.Searching, "Розпочато пошук.", null, Later(1));

        // 3: a father's enquiry, just taken down: matching should find the son in the registry.
        var (b, bUk) = (sought[1].Person, sought[1].Ukrainian!.Value);
        Open(db, Family("Петро Іванович", bUk.Surname, EnquirerRelation.Father, "+380 50 781 20 44", null, null), bUk, b, EnquiryChannel.Phone, now.AddDays(-2));

        // 4: a sister's enquiry, searched: the registry knows him under the Russian spelling.
        var (c, cUk) = (sought[2].Person, sought[2].Ukrainian!.Value);
        var sister = Open(db, Family("Наталія Олексіївна", cUk.Surname, EnquirerRelation.Sister, "+380 93 402 11 87", null, "с. Велика Багачка, Полтавська обл."), cUk, c, EnquiryChannel.PartnerSociety, Later(2));
        Status(db, sister, EnquiryStatus.Searching, "Передано від Товариства Червоного Хреста; пошук розпочато.", null, Later(1));
        Contact(db, sister, Later(6), ContactChannel.Phone, ContactDirection.Incoming, "Сестра питала про новини; пояснили, що пошук триває.");

        // 5: located, but he refused news to go to the family, allowing only that he is alive.
        var (d, dUk) = (sought[3].Person, sought[3].Ukrainian!.Value);
        var brother = Open(db, Family("Віктор Миколайович", dUk.Surname, EnquirerRelation.Brother, "+380 66 310 90 02", null, null), dUk, d, EnquiryChannel.Phone, Later(1));
        Status(db, brother, EnquiryStatus.Searching, "Пошук розпочато.", null, Later(1));
        brother.LinkPerson(d.Id, Caseworker, Later(4));
        Status(db, brother, EnquiryStatus.Located, "Знайдено у списку; підтверджено за датою народження і службовим номером.", d.CurrentPlaceId, Later(0));
        Consent(db, brother, SharingConsent.Refused, ConsentObtainedBy.RedCrossMessage, RefusalAllowance.ThatAlive, "Відповів повідомленням Червоного Хреста: дозволив сказати лише, що живий.", Later(12));

        // 6 to 12: persons the registry does not know.
        var closed = Open(db, Family("Людмила Степанівна", "Гончаренко", EnquirerRelation.Mother, "+380 97 555 12 34", null, "вул. Миру 3, Суми"), new SoughtName("Гончаренко", "Тарас", "Іванович"), null, EnquiryChannel.Office, now.AddDays(-200));
        Status(db, closed, EnquiryStatus.Searching, "Пошук розпочато.", null, now.AddDays(-199));
        Status(db, closed, EnquiryStatus.ClosedWithoutResult, "Після шести місяців пошуку жодних відомостей; родині повідомлено.", null, now.AddDays(-20));
        Contact(db, closed, now.AddDays(-20), ContactChannel.Letter, ContactDirection.Outgoing, "Надіслано лист про завершення пошуку без результату.");

        var withdrawn = Open(db, Family("Ірина Олегівна", "Кравчук", EnquirerRelation.Wife, "+380 63 700 80 90", null, null), new SoughtName("Кравчук", "Назар", "Богданович"), null, EnquiryChannel.Phone, now.AddDays(-90));
        Status(db, withdrawn, EnquiryStatus.Withdrawn, "Дружина повідомила, що чоловік повернувся додому.", null, now.AddDays(-30));
        Contact(db, withdrawn, now.AddDays(-30), ContactChannel.Phone, ContactDirection.Incoming, "Дружина зателефонувала: чоловік удома, запит відкликано.");

        var dead = Open(db, Family("Тетяна Андріївна", "Савчук", EnquirerRelation.Mother, "+380 68 123 00 77", null, "м. Житомир"), new SoughtName("Савчук", "Роман", "Миколайович"), null, EnquiryChannel.PartnerSociety, now.AddDays(-150));
        Status(db, dead, EnquiryStatus.Searching, "Пошук розпочато.", null, now.AddDays(-149));
        Status(db, dead, EnquiryStatus.ReportedDead, "Повідомлення про смерть від сторони, що утримувала; повідомити матір особисто.", null, now.AddDays(-10));

        Open(db, Family("Марія Іванівна", "Бондаренко", EnquirerRelation.Mother, "+380 44 222 33 44", null, null), new SoughtName("Бондаренко", "Денис", "Олегович"), null, EnquiryChannel.Phone, now.AddDays(-1));

        var russian = Open(db, new EnquirerDraft("Смирнова Елена Викторовна", EnquirerRelation.Mother, null, "+7 912 345 67 89", null, "ул. Ленина 5, Курск", EnquiryLanguage.Russian),
            new SoughtName("Смирнов", "Кирилл", "Андреевич"), null, EnquiryChannel.PartnerSociety, now.AddDays(-40), ru);
        Status(db, russian, EnquiryStatus.Searching, "Передано Российским Красным Крестом; поиск начат.", null, now.AddDays(-38));

        var english = Open(db, new EnquirerDraft("Margaret Wilson", EnquirerRelation.Mother, null, null, "m.wilson@example.org", "12 Station Road, Leeds LS1 4AP", EnquiryLanguage.English),
            new SoughtName("Wilson", "James", ""), null, EnquiryChannel.Online, now.AddDays(-15), ua);
        Contact(db, english, now.AddDays(-14), ContactChannel.Email, ContactDirection.Outgoing, "Acknowledged the enquiry by email; asked for his unit.");

        Open(db, Family("Андрій Сергійович", "Ткаченко", EnquirerRelation.Son, null, "a.demo@example.org", null), new SoughtName("Ткаченко", "Сергій", "Петрович"), null, EnquiryChannel.Online, now.AddDays(-5));
    }

    private readonly record struct UkrainianName(string Surname, string GivenName, string Patronymic);

    private sealed record SoughtName(string Surname, string GivenName, string Patronymic);

    private static UkrainianName? InUkrainian(Person person)
    {
        var names = person.Sex == Sex.Female ? DemoNames.Female : DemoNames.Male;
        var given = names.FirstOrDefault(n => n.Russian == person.GivenName);
        var father = DemoNames.Male.FirstOrDefault(n => CyrillicSpelling.RussianPatronymic(n.Russian, person.Sex) == person.Patronymic);
        if (given is null || father is null || person.Sex != Sex.Male)
        {
            return null;
        }

        return new UkrainianName(CyrillicSpelling.RussianToUkrainian(person.Surname), given.Ukrainian, CyrillicSpelling.UkrainianPatronymic(father.Ukrainian, person.Sex));
    }

    private static EnquirerDraft Family(string givenAndPatronymic, string surname, EnquirerRelation relation, string? phone, string? email, string? address) =>
        new($"{(relation is EnquirerRelation.Mother or EnquirerRelation.Wife or EnquirerRelation.Sister ? Feminine(surname) : surname)} {givenAndPatronymic}", relation, null, phone, email, address, EnquiryLanguage.Ukrainian);

    private static string Feminine(string surname) => CyrillicSpelling.Feminine(surname, ukrainian: true);

    private static Enquiry Open(KinlinkDbContext db, EnquirerDraft enquirer, UkrainianName name, Person person, EnquiryChannel channel, DateTimeOffset at) =>
        Open(db, enquirer, new SoughtName(name.Surname, name.GivenName, name.Patronymic), person, channel, at, person.DependsOnPartyId);

    private static Enquiry Open(KinlinkDbContext db, EnquirerDraft enquirer, SoughtName name, Person? person, EnquiryChannel channel, DateTimeOffset at, PartyId? dependsOn = null)
    {
        var sought = new SoughtPersonDraft(
            Domain.Registry.PersonNameParts.Create(name.Surname, name.GivenName, name.Patronymic),
            Sex.Male,
            person?.DateOfBirth,
            person?.DateOfBirth is null ? ApproximateAge.Create(30, PartialDate.Parse(at.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))) : null,
            DependsOnPartyId: dependsOn);
        var draft = new EnquiryDraft(enquirer, sought, new LastNewsDraft(PartialDate.Parse(at.AddDays(-30).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)), "Донецька область", "Останній дзвінок від нього"),
            channel, LegalBasis.VitalInterest, null, false, null);
        var enquiry = Enquiry.Open(draft, EnquiryReference.NewRandom(), channel == EnquiryChannel.PartnerSociety ? Delegate : Caseworker, at);
        db.Enquiries.Add(enquiry);
        db.Entry(enquiry).Property<string>(EnquiryService.SearchTextColumn).CurrentValue = EnquiryService.SearchTextOf(enquiry);
        return enquiry;
    }

    private static void Status(KinlinkDbContext db, Enquiry enquiry, EnquiryStatus to, string reason, PlaceId? place, DateTimeOffset at) =>
        db.EnquiryEvents.Add(enquiry.ChangeStatus(to, reason, place, Caseworker, at));

    private static void Consent(KinlinkDbContext db, Enquiry enquiry, SharingConsent consent, ConsentObtainedBy how, RefusalAllowance? allowed, string note, DateTimeOffset at) =>
        db.EnquiryEvents.Add(enquiry.RecordSharingConsent(new SharingConsentDraft(consent, DateOnly.FromDateTime(at.UtcDateTime), how, allowed, note), Delegate, at));

    private static void Contact(KinlinkDbContext db, Enquiry enquiry, DateTimeOffset at, ContactChannel channel, ContactDirection direction, string summary) =>
        db.EnquiryContacts.Add(EnquiryContact.Record(enquiry.Id, DateOnly.FromDateTime(at.UtcDateTime), channel, direction, summary, Caseworker, at));
}
