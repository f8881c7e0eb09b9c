using Kinlink.Data.Access;
using Kinlink.Data.Exchanges;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Demo;

/// <summary>
/// Exchanges, repatriation, deaths and proceedings for the demo, built with the domain types: one exchange executed ten
/// days ago (three for three, one man declined in the private interview and stayed), whose handed-over persons are
/// repatriated, one of them the person of an open located enquiry, so the families' worklist has a row; one exchange
/// being prepared, with an entry matching could not decide; a medical repatriation case awaiting the commission; a
/// death notified with its sealed packet of effects and the death on the timeline; two proceedings, one awaiting trial
/// and one sentenced. Persons are chosen by registry reference, so the demo is the same on every start. The timeline
/// events name their source through a source list ("exchange EXC-…"), as every demo event does; the references are
/// random, so they stay out of the events' own labels, which two seedings must agree on.
/// </summary>
internal static class DemoExchanges
{
    private static readonly Actor Caseworker = new("caseworker@kinlink.example", null);
    private static readonly Actor Delegate = new("delegate@kinlink.example", null);

    public static async Task AddAsync(KinlinkDbContext db, FieldEncryption encryption, IReadOnlyList<Person> persons, IReadOnlyList<Party> parties, IReadOnlyList<PlaceOfDetention> places, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ru = parties.SingleOrDefault(p => p.Code == "RU");
        var ua = parties.SingleOrDefault(p => p.Code == "UA");
        if (ru is null || ua is null)
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var holder = places.ToDictionary(p => p.Id, p => p.HoldingPartyId);
        var enquiries = await db.Enquiries.AsNoTracking().Select(e => new { e.PersonId, e.Status, e.CreatedAt }).ToListAsync(cancellationToken);
        // The latest located case's person goes home; the first located case's person stays held, as the tracing demo shows him.
        var open = enquiries.Where(e => e.PersonId is not null && e.Status is EnquiryStatus.Open or EnquiryStatus.Searching or EnquiryStatus.Located).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var family = open.OrderBy(e => e.CreatedAt.UtcDateTime).Last().PersonId!.Value;
        var linked = enquiries.Where(e => e.PersonId is not null).Select(e => e.PersonId!.Value).ToHashSet();
        var used = new HashSet<PersonId>(linked);
        List<Person> Held(Party holding, Party dependsOn) => persons
            .Where(p => p.MergedIntoId is null && p.CurrentStatus == PersonStatus.Held && p.CurrentPlaceId is { } place && holder[place] == holding.Id
                && p.DependsOnPartyId == dependsOn.Id && !used.Contains(p.Id))
            .OrderBy(p => p.Reference.Value, StringComparer.Ordinal).ToList();
        Person Take(List<Person> pool)
        {
            var person = pool.First(p => !used.Contains(p.Id));
            used.Add(person.Id);
            return person;
        }

        var uaHeldByRu = Held(ru, ua);
        var ruHeldByUa = Held(ua, ru);
        if (uaHeldByRu.Count < 10 || ruHeldByUa.Count < 6)
        {
            return;
        }

        var familyPerson = persons.Single(p => p.Id == family);
        var executedFromRu = new[] { familyPerson, Take(uaHeldByRu), Take(uaHeldByRu) };
        var executedFromUa = new[] { Take(ruHeldByUa), Take(ruHeldByUa), Take(ruHeldByUa) };
        var preparedFromRu = new[] { Take(uaHeldByRu), Take(uaHeldByRu) };
        var preparedFromUa = new[] { Take(ruHeldByUa), Take(ruHeldByUa) };
        var medical = Take(uaHeldByRu);
        var dead = Take(ruHeldByUa);
        var charged = Take(uaHeldByRu);
        var sentenced = Take(uaHeldByRu);

        var handedOver = Executed(db, encryption, ru, ua, executedFromRu, executedFromUa, now, today);
        Prepared(db, ru, ua, preparedFromRu, preparedFromUa, uaHeldByRu.First(p => !used.Contains(p.Id)), now, today);
        var diagnosis = ExchangeSeals.ForDiagnosis(encryption);
        var medicalCase = MedicalRepatriationCase.Propose(medical.Id, MedicalGrounds.NotLikelyToRecoverWithinYear,
            "Вогнепальне поранення хребта; нижній парапарез, потребує тривалого лікування.", "Лікар делегації", today.AddDays(-14), diagnosis, Delegate, now.AddDays(-14));
        medicalCase.RecordWish(RepatriationWish.Yes, true, Delegate, now.AddDays(-12));
        db.MedicalRepatriationCases.Add(medicalCase);
        var death = Death(db, dead, ua, now, today);
        Proceedings(db, ru, charged, sentenced, places.Where(p => p.HoldingPartyId == ru.Id && p.Kind == PlaceKind.PenalColony).OrderBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault(), now, today);

        // The timelines: the repatriations of the executed exchange and the death, each with its source list.
        var changed = handedOver.Keys.Append(dead.Id).ToList();
        var tracked = await db.Persons.Include(p => p.Events).Where(p => changed.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var (personId, source) in handedOver)
        {
            tracked[personId].RecordEvent(new StatusEventDraft(StatusEventKind.Repatriated, PartialDate.FromDate(today.AddDays(-10)), SourceListId: source.Id), Caseworker, now.AddDays(-10));
        }

        tracked[dead.Id].RecordEvent(new StatusEventDraft(StatusEventKind.Died, death.Notification.DateOfDeath, Note: death.Notification.CauseOfDeath, SourceListId: death.Source.Id), Caseworker, now.AddDays(-8));
    }

    private static Dictionary<PersonId, SourceList> Executed(KinlinkDbContext db, FieldEncryption encryption, Party ru, Party ua, Person[] fromRu, Person[] fromUa, DateTimeOffset now, DateOnly today)
    {
        var prepared = now.AddDays(-25);
        var operation = ExchangeOperation.Create(new ExchangeDraft(ru.Id, ua.Id, ExchangeTerms.AllForAll, null, null, "Усі на всіх за списками, погодженими 2026 року.", today.AddDays(-10), "Пункт пропуску Сеньківка"), Caseworker, prepared);
        var decisions = new List<HandoverDecision>();
        foreach (var (person, releasing, index) in fromRu.Select((p, i) => (p, ru, i)).Concat(fromUa.Select((p, i) => (p, ua, i))))
        {
            var entry = operation.AddEntry(releasing.Id, ExchangeEntrySource.Registry, Listing(person), null, null, person.Id, Caseworker, prepared);
            entry.ConfirmIdentity(operation, Delegate, prepared.AddDays(5));
            // The last man on RU's list said no in the private interview: nobody goes against his will.
            var declines = releasing == ru && index == 2;
            var note = declines ? "Не бажає повертатися; просить залишити його в таборі до кінця конфлікту." : "Бажає повернутися додому.";
            entry.RecordInterview(operation, declines ? RepatriationWish.No : RepatriationWish.Yes, true, ExchangeSeals.SealInterviewNote(encryption, entry.Id, note), Delegate, prepared.AddDays(6));
            decisions.Add(declines ? new HandoverDecision(entry.Id, false, NotHandedOverReason.Declined, "Відмовився в приватній співбесіді.") : new HandoverDecision(entry.Id, true));
        }

        var handedOver = operation.Execute(today.AddDays(-10), decisions, "Один полонений відмовився від репатріації: сторона RU передала двох, сторона UA трьох.",
            new HashSet<PersonId>(), Delegate, now.AddDays(-10));
        db.Exchanges.Add(operation);
        var source = Source(db, $"exchange {operation.Reference}", now.AddDays(-10));
        return handedOver.ToDictionary(e => e.PersonId!.Value, _ => source);
    }

    private static void Prepared(KinlinkDbContext db, Party ru, Party ua, Person[] fromRu, Person[] fromUa, Person ambiguous, DateTimeOffset now, DateOnly today)
    {
        var at = now.AddDays(-4);
        var operation = ExchangeOperation.Create(new ExchangeDraft(ru.Id, ua.Id, ExchangeTerms.NForN, 3, null, "Троє на трьох; списки ще звіряються.", today.AddDays(12), "Пункт пропуску Сеньківка"), Caseworker, at);
        foreach (var person in fromRu)
        {
            var entry = operation.AddEntry(ru.Id, ExchangeEntrySource.Imported, Listing(person), 1 + Array.IndexOf(fromRu, person), "ru-list.csv", person.Id, Caseworker, at);
            entry.ConfirmIdentity(operation, Delegate, at.AddDays(1));
        }

        // The list names a man by a spelling and year that fit two registry persons: a caseworker must choose.
        var unclear = operation.AddEntry(ru.Id, ExchangeEntrySource.Imported,
            new ExchangeListing(ambiguous.Surname, ambiguous.GivenName, null, ambiguous.DateOfBirth is { } born ? PartialDate.Create(born.Year) : null, null, "Рядок списку без по батькові"),
            3, "ru-list.csv", null, Caseworker, at);
        unclear.MarkUnresolved(operation, ExchangeResolution.Ambiguous, 2);
        foreach (var person in fromUa)
        {
            operation.AddEntry(ua.Id, ExchangeEntrySource.Registry, Listing(person), null, null, person.Id, Caseworker, at);
        }

        db.Exchanges.Add(operation);
    }

    private static (DeathNotification Notification, SourceList Source) Death(KinlinkDbContext db, Person dead, Party reportedBy, DateTimeOffset now, DateOnly today)
    {
        var notification = DeathNotification.Record(dead.Id, reportedBy.Id, new DeathNotificationDraft(
            PartialDate.FromDate(today.AddDays(-12)), "Табірний лазарет", "Гостра серцева недостатність", "Помер уночі в лазареті, куди його поклали за два дні до смерті.",
            PartialDate.FromDate(today.AddDays(-9)), "Міське кладовище, військова ділянка", "Ділянка 3, ряд 2, могила 14", true, false, null, false, "Адміністрація табору", "Лікар табору; двоє полонених з того ж бараку"),
            Caseworker, now.AddDays(-8));
        db.DeathNotifications.Add(notification);
        var packet = EffectsPacket.Receive(dead.Id, notification.Id, EffectsReason.Died, "UA-SEAL-0417", today.AddDays(-7), "Адміністрація табору",
            [new EffectsItemDraft("Наручний годинник", 1), new EffectsItemDraft("Листи від родини", 6), new EffectsItemDraft("Готівка", 1, 1500m, "RUB")],
            Caseworker, now.AddDays(-7));
        db.EffectsPackets.Add(packet);
        return (notification, Source(db, $"death notification {notification.Reference}", now.AddDays(-8)));
    }

    private static void Proceedings(KinlinkDbContext db, Party ru, Person charged, Person sentenced, PlaceOfDetention? colony, DateTimeOffset now, DateOnly today)
    {
        var awaiting = JudicialProceeding.Open(charged.Id, ru.Id, "Жорстоке поводження з цивільним населенням", "Кримінальний кодекс, ст. 356", "Південний окружний військовий суд", today.AddDays(-30), Caseworker, now.AddDays(-28));
        awaiting.ScheduleTrial(today.AddDays(14), "Ростов-на-Дону", null, Caseworker, now.AddDays(-20));
        db.JudicialProceedings.Add(awaiting);
        var served = JudicialProceeding.Open(sentenced.Id, ru.Id, "Втеча з місця тримання (дисциплінарне правопорушення, яке стало кримінальним)", "Кримінальний кодекс, ст. 313", "Гарнізонний військовий суд", today.AddDays(-120), Caseworker, now.AddDays(-118));
        served.ScheduleTrial(today.AddDays(-90), "Таганрог", null, Caseworker, now.AddDays(-100));
        served.RecordSentence(today.AddDays(-60), "Три роки позбавлення волі", false, today.AddDays(-60).AddYears(3), colony?.Id, Caseworker, now.AddDays(-59));
        db.JudicialProceedings.Add(served);
    }

    private static ExchangeListing Listing(Person person) =>
        new(person.Surname, person.GivenName, person.Patronymic, person.DateOfBirth, person.ServiceNumber, null);

    private static SourceList Source(KinlinkDbContext db, string label, DateTimeOffset at)
    {
        var source = SourceList.Create(label, "", null, "", at, Caseworker);
        db.SourceLists.Add(source);
        return source;
    }
}
