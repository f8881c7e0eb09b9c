using System.Globalization;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;

namespace Kinlink.Data.Demo;

/// <summary>
/// Makes one synthetic person and their timeline. Names are written as the detaining party's lists write them
/// (a Russian list Russifies a Ukrainian's name, a Ukrainian list writes a Russian's name in Ukrainian letters);
/// the person's own spelling arrives later with the intermediary's registration card. Every event goes through
/// <see cref="Person.RecordEvent"/>, so the timeline rules hold for the demo data as for real data.
/// </summary>
internal sealed class DemoPersonFactory(Random random, DateTimeOffset now, DemoSources sources)
{
    private static readonly DateOnly WarStart = new(2022, 2, 24);
    private static readonly DateOnly ClosedPlacesInUseUntil = new(2023, 6, 1);
    private static readonly DateOnly EarliestBirth = new(1960, 1, 1);
    private static readonly DateOnly LatestBirth = new(2006, 12, 31);

    private static readonly (string Rank, int Weight)[] UkrainianRanksInRussian =
    [
        ("солдат", 34), ("старший солдат", 12), ("младший сержант", 10), ("сержант", 10), ("старший сержант", 8),
        ("главный сержант", 4), ("штаб-сержант", 2), ("младший лейтенант", 4), ("лейтенант", 5), ("старший лейтенант", 4),
        ("капитан", 3), ("майор", 2), ("подполковник", 1),
    ];

    private static readonly (string Rank, int Weight)[] RussianRanksInUkrainian =
    [
        ("рядовий", 38), ("єфрейтор", 12), ("молодший сержант", 9), ("сержант", 9), ("старший сержант", 7),
        ("старшина", 3), ("прапорщик", 3), ("молодший лейтенант", 2), ("лейтенант", 5), ("старший лейтенант", 4),
        ("капітан", 3), ("майор", 2), ("підполковник", 1),
    ];

    // Invented formats, one per party, so service numbers look alike within a party and differ between them.
    private static readonly string[] UkrainianServicePrefixes = ["АВ", "АЕ", "ВК", "ВМ", "АН", "ВТ"];
    private static readonly string[] RussianServicePrefixes = ["Ж", "К", "М", "Н", "Т"];

    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serviceNumbers = new(StringComparer.Ordinal);

    private enum Fate
    {
        Held,
        InHospital,
        Repatriated,
        Released,
        Died,
        Escaped,
    }

    public Person Create(DemoSide side)
    {
        var foreign = Chance(0.03);
        var civilian = Chance(side.CivilianShare * (foreign ? 0.2 : 1));
        var category = civilian ? PersonCategory.CivilianInternee : PersonCategory.PrisonerOfWar;
        var sex = !foreign && Chance(civilian ? 0.35 : side.FemaleSoldierShare) ? Sex.Female : Sex.Male;
        var capture = CaptureDate();
        var notified = Earlier(capture.AddDays(random.Next(2, 50)), _today);
        var firstList = sources.Notification(side.Holder, notified);

        var identity = foreign ? Foreigner(side, category, sex, capture) : National(side, category, sex, capture);
        var person = Person.Register(identity.Details, NewReference(), identity.Script, firstList.Id, firstList.Label, now);
        sources.PersonCreated(firstList, person.Id);
        BuildTimeline(person, side, identity, capture, notified, firstList);
        return person;
    }

    private Identity National(DemoSide side, PersonCategory category, Sex sex, DateOnly capture)
    {
        // A Ukrainian list holds Russian nationals, a Russian list Ukrainian ones.
        var uk = side.ListsInUkrainian;
        var female = sex == Sex.Female;
        var given = PickCommon(female ? DemoNames.Female : DemoNames.Male);
        var father = PickCommon(DemoNames.Male);
        string ukSurname, ruSurname;
        if (!uk || Chance(0.08))
        {
            ukSurname = PickCommon(DemoNames.UkrainianSurnames);
            ruSurname = CyrillicSpelling.UkrainianToRussian(ukSurname);
        }
        else
        {
            ruSurname = PickCommon(DemoNames.RussianSurnames);
            ukSurname = CyrillicSpelling.RussianToUkrainian(ruSurname);
        }

        var inUkrainian = PersonNameParts.Create(
            female ? CyrillicSpelling.Feminine(ukSurname, ukrainian: true) : ukSurname,
            given.Ukrainian,
            CyrillicSpelling.UkrainianPatronymic(father.Ukrainian, sex));
        var inRussian = PersonNameParts.Create(
            female ? CyrillicSpelling.Feminine(ruSurname, ukrainian: false) : ruSurname,
            given.Russian,
            CyrillicSpelling.RussianPatronymic(father.Russian, sex));
        var ownLanguage = uk ? CyrillicLanguage.Russian : CyrillicLanguage.Ukrainian;
        var ownName = uk ? inRussian : inUkrainian;
        var listName = uk ? inUkrainian : inRussian;
        var script = NameScriptKind.Cyrillic;
        if (Chance(0.02))
        {
            // Some lists are typed from identity documents and carry the passport's Latin line.
            listName = Latin(ownName, ownLanguage);
            script = NameScriptKind.Latin;
        }

        var listSurname = uk ? ukSurname : ruSurname;
        var towns = uk ? DemoGeography.RussianTowns : DemoGeography.UkrainianTowns;
        var birthTown = Pick(towns);
        string? informName = null;
        string? informAddress = null;
        if (Chance(0.45))
        {
            informName = Relative(listSurname, uk ? father.Ukrainian : father.Russian, sex, uk);
            informAddress = Address(Chance(0.6) ? birthTown : Pick(towns), uk);
        }

        var details = new PersonDetails(
            category,
            listName,
            sex,
            DateOfBirth(capture, category),
            Chance(0.85) ? (uk ? "м. " + birthTown.Ukrainian : "г. " + birthTown.Russian) : null,
            Rank(category, uk),
            ServiceNumber(category, side.Nationals, 0.85),
            side.Nationals.Id,
            Chance(0.7) ? (uk ? father.Ukrainian : father.Russian) : null,
            Chance(0.35) ? MotherMaidenName(uk) : null,
            informName,
            informAddress,
            null,
            Languages(uk));
        return new Identity(details, script, ownName, ownLanguage);
    }

    private Identity Foreigner(DemoSide side, PersonCategory category, Sex sex, DateOnly capture)
    {
        var uk = side.ListsInUkrainian;
        var origin = Pick(side.Foreigners);
        var name = PersonNameParts.Create(Pick(origin.Surnames), Pick(origin.GivenNames), null);
        var details = new PersonDetails(
            category,
            name,
            sex,
            DateOfBirth(capture, category),
            Chance(0.85) ? $"{Pick(origin.Towns)}, {origin.Country}" : null,
            Rank(category, uk),
            ServiceNumber(category, side.Nationals, 0.55),
            side.Nationals.Id,
            Chance(0.3) ? Pick(origin.GivenNames) : null,
            Languages: uk ? origin.LanguagesUkrainian : origin.LanguagesRussian);
        return new Identity(details, NameScriptKind.Latin, null, CyrillicLanguage.Unknown);
    }

    private void BuildTimeline(Person person, DemoSide side, Identity identity, DateOnly capture, DateOnly notified, SourceList firstList)
    {
        var civilian = identity.Details.Category == PersonCategory.CivilianInternee;
        var lastDay = _today.AddDays(-1);
        var fate = ChooseFate(civilian);
        var hospitalFrom = lastDay;
        if (fate == Fate.InHospital)
        {
            hospitalFrom = Later(_today.AddDays(-random.Next(10, 71)), notified.AddDays(2));
            if (hospitalFrom > lastDay)
            {
                fate = Fate.Held;
            }
        }

        // What happens in between leaves room for how the story ends.
        var middleLimit = fate switch
        {
            Fate.Held => lastDay,
            Fate.InHospital => hospitalFrom.AddDays(-3),
            Fate.Repatriated or Fate.Released or Fate.Died or Fate.Escaped => _today.AddDays(-30),
        };

        var transit = Chance(civilian ? 0.4 : 0.65) ? PickPlace(side.TransitPoints, capture) : null;
        var captureDate = (capture.Month != notified.Month || capture.Year != notified.Year) && Chance(0.04)
            ? PartialDate.Create(capture.Year, capture.Month)
            : PartialDate.FromDate(capture);
        Record(person, StatusEventKind.Captured, captureDate, firstList, transit);
        var current = PickPlace(side.Detention, capture);
        Record(person, StatusEventKind.Notified, PartialDate.FromDate(notified), firstList, current);
        var cursor = notified;

        if (!current.IsOpen)
        {
            // A place that has since closed was emptied first: everyone held there was moved on.
            var moved = cursor.AddDays(random.Next(30, 150));
            var to = PickOther(side.Detention, current);
            Record(person, StatusEventKind.Transferred, PartialDate.FromDate(moved), sources.Notification(side.Holder, moved), to, current);
            (current, cursor) = (to, moved);
        }

        if (Chance(civilian ? 0.3 : 0.45) && After(cursor, 7, 150, middleLimit) is { } registered)
        {
            var cards = sources.Registration(registered);
            Record(person, StatusEventKind.Registered, PartialDate.FromDate(registered), cards, current);
            AddOwnSpellings(person, identity, cards);
            cursor = registered;
        }

        var transfers = random.NextDouble() switch
        {
            < 0.70 => 0,
            < 0.92 => 1,
            _ => 2,
        };
        for (var i = 0; i < transfers && After(cursor, 30, 360, middleLimit) is { } moved; i++)
        {
            var to = PickOther(side.Detention, current);
            Record(person, StatusEventKind.Transferred, PartialDate.FromDate(moved), sources.Notification(side.Holder, moved), to, current);
            (current, cursor) = (to, moved);
        }

        if (Chance(0.08))
        {
            (cursor, current) = PastHospitalStay(person, side, cursor, middleLimit, current);
        }

        switch (fate)
        {
            case Fate.Held:
                break;
            case Fate.InHospital:
                CurrentHospitalStay(person, side, hospitalFrom);
                break;
            case Fate.Repatriated:
                Repatriate(person, side, cursor, lastDay);
                break;
            case Fate.Released:
                if (After(cursor, 30, 500, lastDay) is { } released)
                {
                    Record(person, StatusEventKind.Released, PartialDate.FromDate(released), sources.Notification(side.Holder, released));
                    var exchange = sources.ExchangeDates.FirstOrDefault(d => d > released && d <= lastDay);
                    if (exchange != default && Chance(0.5))
                    {
                        Record(person, StatusEventKind.Repatriated, PartialDate.FromDate(exchange), sources.Exchange(exchange));
                    }
                }

                break;
            case Fate.Died:
                Die(person, side, cursor, lastDay);
                break;
            case Fate.Escaped:
                if (After(cursor, 30, 600, lastDay) is { } escaped)
                {
                    Record(person, StatusEventKind.Escaped, PartialDate.FromDate(escaped), sources.Notification(side.Holder, escaped));
                }

                break;
        }
    }

    private Fate ChooseFate(bool civilian)
    {
        var roll = random.NextDouble();
        var fate = roll switch
        {
            < 0.010 => Fate.Died,
            < 0.012 => Fate.Escaped,
            < 0.162 => Fate.Repatriated,
            < 0.185 => Fate.InHospital,
            _ => Fate.Held,
        };
        return fate == Fate.Held && civilian && Chance(0.25) ? Fate.Released : fate;
    }

    private (DateOnly Cursor, PlaceOfDetention Current) PastHospitalStay(Person person, DemoSide side, DateOnly cursor, DateOnly limit, PlaceOfDetention current)
    {
        // Leaves room for three weekly reports and the discharge before the limit.
        if (After(cursor, 15, 300, limit.AddDays(-65)) is not { } admitted)
        {
            return (cursor, current);
        }

        var uk = side.ListsInUkrainian;
        var serious = Chance(0.35);
        Record(person, StatusEventKind.Hospitalised, PartialDate.FromDate(admitted), sources.Notification(side.Holder, admitted), Pick(side.Hospitals), condition: Admission(serious, uk), serious: serious);
        var day = admitted;
        for (var reports = serious ? random.Next(1, 4) : 0; reports > 0; reports--)
        {
            day = day.AddDays(7);
            Record(person, StatusEventKind.HealthNews, PartialDate.FromDate(day), sources.Notification(side.Holder, day), condition: Report(uk), serious: true);
        }

        var discharged = day.AddDays(random.Next(5, 41));
        var to = Chance(0.3) ? PickOther(side.Detention, current) : null;
        Record(person, StatusEventKind.Discharged, PartialDate.FromDate(discharged), sources.Notification(side.Holder, discharged), to,
            condition: uk ? "виписка, стан задовільний" : "выписка, состояние удовлетворительное");
        return (discharged, to ?? current);
    }

    /// <summary>Still in hospital today; the seriously ill have weekly reports, the latest some days old (due or overdue).</summary>
    private void CurrentHospitalStay(Person person, DemoSide side, DateOnly admitted)
    {
        var uk = side.ListsInUkrainian;
        var serious = Chance(0.75);
        Record(person, StatusEventKind.Hospitalised, PartialDate.FromDate(admitted), sources.Notification(side.Holder, admitted), Pick(side.Hospitals), condition: Admission(serious, uk), serious: serious);
        if (!serious)
        {
            return;
        }

        var lastReport = _today.AddDays(-random.Next(0, 21));
        for (var day = admitted.AddDays(7); day < lastReport.AddDays(-2); day = day.AddDays(7))
        {
            Record(person, StatusEventKind.HealthNews, PartialDate.FromDate(day), sources.Notification(side.Holder, day), condition: Report(uk), serious: true);
        }

        if (lastReport > admitted)
        {
            Record(person, StatusEventKind.HealthNews, PartialDate.FromDate(lastReport), sources.Notification(side.Holder, lastReport), condition: Report(uk), serious: true);
        }
    }

    private void Repatriate(Person person, DemoSide side, DateOnly cursor, DateOnly lastDay)
    {
        var possible = sources.ExchangeDates.Where(d => d > cursor.AddDays(14) && d <= lastDay).ToList();
        if (possible.Count == 0)
        {
            return;
        }

        var exchange = possible[random.Next(possible.Count)];
        if (Chance(0.1))
        {
            // The seriously wounded are often exchanged straight from hospital.
            var admitted = exchange.AddDays(-random.Next(5, 31));
            if (admitted > cursor)
            {
                Record(person, StatusEventKind.Hospitalised, PartialDate.FromDate(admitted), sources.Notification(side.Holder, admitted), Pick(side.Hospitals),
                    condition: Admission(true, side.ListsInUkrainian), serious: true);
            }
        }

        Record(person, StatusEventKind.Repatriated, PartialDate.FromDate(exchange), sources.Exchange(exchange));
    }

    private void Die(Person person, DemoSide side, DateOnly cursor, DateOnly lastDay)
    {
        var uk = side.ListsInUkrainian;
        DateOnly? died;
        if (Chance(0.5) && After(cursor, 10, 400, lastDay.AddDays(-10)) is { } admitted)
        {
            Record(person, StatusEventKind.Hospitalised, PartialDate.FromDate(admitted), sources.Notification(side.Holder, admitted), Pick(side.Hospitals),
                condition: Admission(true, uk), serious: true);
            died = After(admitted, 2, 30, lastDay);
        }
        else
        {
            died = After(cursor, 20, 600, lastDay);
        }

        if (died is { } day)
        {
            string[] causes = uk
                ? ["гостра серцева недостатність", "наслідки поранень", "онкологічне захворювання"]
                : ["острая сердечная недостаточность", "последствия ранений", "онкологическое заболевание"];
            Record(person, StatusEventKind.Died, PartialDate.FromDate(day), sources.Notification(side.Holder, day), condition: Pick(causes));
        }
    }

    /// <summary>
    /// The same prisoner registered a second time, by a delegate on a visit, in Latin letters as he spelled his name, and
    /// not matched to the detaining party's list at the time: the pairs the duplicate worklist is for. Null for someone
    /// no longer held or without a Cyrillic name, whom no delegate would meet in a camp.
    /// </summary>
    public Person? DelegateRegistration(Person listed, PlaceOfDetention place)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(place);
        var form = listed.NameForms.FirstOrDefault(f => f.Script == NameScriptKind.Cyrillic);
        if (listed.CurrentStatus != PersonStatus.Held || listed.CurrentPlaceId != place.Id || listed.StatusSince is null || form is null)
        {
            return null;
        }

        // A delegate's card often lacks the patronymic, and the prisoner may give only his year of birth.
        var name = PersonNameParts.Create(Transliterator.ToLatin(form.Surname), Transliterator.ToLatin(form.GivenName), Chance(0.5) ? Transliterator.ToLatin(form.Patronymic) : "");
        var dateOfBirth = listed.DateOfBirth is { } born && Chance(0.4) ? PartialDate.Create(born.Year) : listed.DateOfBirth;
        var visit = Earlier(listed.StatusSince.Latest.AddDays(random.Next(5, 60)), _today.AddDays(-1));
        var cards = sources.Registration(visit);
        var details = new PersonDetails(listed.Category, name, listed.Sex, dateOfBirth, DependsOnPartyId: listed.DependsOnPartyId);
        var person = Person.Register(details, NewReference(), NameScriptKind.Latin, cards.Id, cards.Label, now);
        sources.PersonCreated(cards, person.Id);
        Record(person, StatusEventKind.Notified, PartialDate.FromDate(visit), cards, place);
        return person;
    }

    /// <summary>The registration card gives the name as the person spells it, and sometimes its Latin form.</summary>
    private void AddOwnSpellings(Person person, Identity identity, SourceList cards)
    {
        if (identity.OwnName is null)
        {
            return;
        }

        var category = identity.Details.Category;
        var changed = person.MergeFrom(new PersonDetails(category, identity.OwnName), NameScriptKind.Cyrillic, cards.Id, cards.Label, now);
        if (Chance(0.25))
        {
            changed |= person.MergeFrom(new PersonDetails(category, Latin(identity.OwnName, identity.OwnLanguage)), NameScriptKind.Latin, cards.Id, cards.Label, now);
        }

        if (changed)
        {
            sources.PersonUpdated(cards, person.Id);
        }
    }

    private void Record(Person person, StatusEventKind kind, PartialDate date, SourceList source, PlaceOfDetention? place = null, PlaceOfDetention? from = null, string? condition = null, bool serious = false)
    {
        var draft = new StatusEventDraft(kind, date, place?.Id, from?.Id, condition, serious, null, source.Id, source.Label, ReportedByPartyId: source.PartyId);
        _ = person.RecordEvent(draft, Actor.System, now)
            ?? throw new InvalidOperationException($"The demo generator repeated a {kind} event of {date} for {person.Reference}.");
        sources.EventAdded(source, person.Id);
    }

    private DateOnly CaptureDate()
    {
        var latest = _today.AddDays(-4);
        // Captures were heaviest in the first year of the war.
        var end = Chance(0.3) ? Earlier(new DateOnly(2022, 12, 31), latest) : latest;
        return WarStart.AddDays(random.Next(0, end.DayNumber - WarStart.DayNumber + 1));
    }

    private PartialDate? DateOfBirth(DateOnly capture, PersonCategory category)
    {
        if (Chance(0.03))
        {
            return null;
        }

        var age = category == PersonCategory.PrisonerOfWar ? 19 + (int)(Math.Pow(random.NextDouble(), 1.4) * 40) : random.Next(18, 65);
        var date = capture.AddYears(-age).AddDays(-random.Next(0, 365));
        date = Later(Earlier(date, Earlier(LatestBirth, capture.AddYears(-18))), EarliestBirth);
        return random.NextDouble() switch
        {
            < 0.82 => PartialDate.FromDate(date),
            < 0.92 => PartialDate.Create(date.Year, date.Month),
            _ => PartialDate.Create(date.Year),
        };
    }

    private string? Rank(PersonCategory category, bool uk)
    {
        if (category != PersonCategory.PrisonerOfWar || Chance(0.05))
        {
            return null;
        }

        var ranks = uk ? RussianRanksInUkrainian : UkrainianRanksInRussian;
        var roll = random.Next(ranks.Sum(r => r.Weight));
        foreach (var (rank, weight) in ranks)
        {
            if (roll < weight)
            {
                return rank;
            }

            roll -= weight;
        }

        return ranks[0].Rank;
    }

    private string? ServiceNumber(PersonCategory category, Party party, double share)
    {
        if (category != PersonCategory.PrisonerOfWar || !Chance(share))
        {
            return null;
        }

        var prefixes = party.Code == "UA" ? UkrainianServicePrefixes : RussianServicePrefixes;
        while (true)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"{Pick(prefixes)}-{random.Next(100_000, 1_000_000)}");
            if (_serviceNumbers.Add(party.Code + ":" + number))
            {
                return number;
            }
        }
    }

    private string MotherMaidenName(bool uk)
    {
        var surname = uk
            ? CyrillicSpelling.RussianToUkrainian(PickCommon(DemoNames.RussianSurnames))
            : CyrillicSpelling.UkrainianToRussian(PickCommon(DemoNames.UkrainianSurnames));
        return CyrillicSpelling.Feminine(surname, uk);
    }

    /// <summary>A relative to inform, as the list writes them: "Шевченко Ольга Ивановна (мать)".</summary>
    private string Relative(string surname, string fatherGivenName, Sex sex, bool uk)
    {
        string GivenName(GivenNamePair pair) => uk ? pair.Ukrainian : pair.Russian;
        string Patronymic(string father, Sex of) => uk ? CyrillicSpelling.UkrainianPatronymic(father, of) : CyrillicSpelling.RussianPatronymic(father, of);
        var feminine = CyrillicSpelling.Feminine(surname, uk);
        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            return $"{feminine} {GivenName(PickCommon(DemoNames.Female))} {Patronymic(GivenName(PickCommon(DemoNames.Male)), Sex.Female)} ({(uk ? "мати" : "мать")})";
        }

        if (roll < 0.75 && sex == Sex.Male)
        {
            return $"{feminine} {GivenName(PickCommon(DemoNames.Female))} {Patronymic(GivenName(PickCommon(DemoNames.Male)), Sex.Female)} ({(uk ? "дружина" : "жена")})";
        }

        if (roll < 0.9)
        {
            return $"{surname} {fatherGivenName} {Patronymic(GivenName(PickCommon(DemoNames.Male)), Sex.Male)} ({(uk ? "батько" : "отец")})";
        }

        return $"{feminine} {GivenName(PickCommon(DemoNames.Female))} {Patronymic(fatherGivenName, Sex.Female)} (сестра)";
    }

    private string Address(DemoTown town, bool uk)
    {
        var street = Pick(DemoGeography.Streets);
        var house = random.Next(1, 120);
        var flat = Chance(0.5) ? random.Next(1, 180) : 0;
        var parts = uk
            ? new List<string> { "Росія", town.RegionUkrainian, "м. " + town.Ukrainian, "вул. " + street.Ukrainian, string.Create(CultureInfo.InvariantCulture, $"буд. {house}") }
            : new List<string> { "Украина", town.RegionRussian, "г. " + town.Russian, "ул. " + street.Russian, string.Create(CultureInfo.InvariantCulture, $"д. {house}") };
        if (flat > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"кв. {flat}"));
        }

        return string.Join(", ", parts.Where(p => p.Length > 0));
    }

    private string? Languages(bool uk)
    {
        if (Chance(0.2))
        {
            return null;
        }

        var roll = random.NextDouble();
        return uk
            ? (roll < 0.9 ? "російська" : "російська, англійська")
            : roll switch
            {
                < 0.65 => "украинский, русский",
                < 0.85 => "украинский",
                _ => "русский",
            };
    }

    private string Admission(bool serious, bool uk)
    {
        string[] conditions = (serious, uk) switch
        {
            (true, true) => ["осколкові поранення, стан тяжкий", "вогнепальне поранення стегна, стан тяжкий", "пневмонія, стан тяжкий", "черепно-мозкова травма, стан тяжкий"],
            (true, false) => ["осколочные ранения, состояние тяжёлое", "огнестрельное ранение бедра, состояние тяжёлое", "пневмония, состояние тяжёлое", "черепно-мозговая травма, состояние тяжёлое"],
            (false, true) => ["перелом гомілки", "загострення хронічної хвороби", "інфекційна хвороба", "легке поранення"],
            (false, false) => ["перелом голени", "обострение хронического заболевания", "инфекционное заболевание", "лёгкое ранение"],
        };
        return Pick(conditions);
    }

    private string Report(bool uk)
    {
        string[] reports = uk
            ? ["стан тяжкий, стабільний", "стан тяжкий", "позитивна динаміка"]
            : ["состояние тяжёлое, стабильное", "состояние тяжёлое", "положительная динамика"];
        return Pick(reports);
    }

    private PlaceOfDetention PickPlace(IReadOnlyList<PlaceOfDetention> places, DateOnly date) =>
        Pick(places.Where(p => p.IsOpen || date < ClosedPlacesInUseUntil).ToList());

    private PlaceOfDetention PickOther(IReadOnlyList<PlaceOfDetention> places, PlaceOfDetention current) =>
        Pick(places.Where(p => p.IsOpen && p.Id != current.Id).ToList());

    /// <summary>A day between min and max days after the cursor, not after the limit; null when none fits.</summary>
    private DateOnly? After(DateOnly cursor, int minDays, int maxDays, DateOnly limit)
    {
        var earliest = cursor.AddDays(minDays);
        if (earliest > limit)
        {
            return null;
        }

        var latest = Earlier(cursor.AddDays(maxDays), limit);
        return earliest.AddDays(random.Next(0, latest.DayNumber - earliest.DayNumber + 1));
    }

    private IntermediaryReference NewReference()
    {
        while (true)
        {
            var reference = IntermediaryReference.NewFrom(random);
            if (_references.Add(reference.Value))
            {
                return reference;
            }
        }
    }

    private static PersonNameParts Latin(PersonNameParts name, CyrillicLanguage language) =>
        PersonNameParts.Create(
            Transliterator.ToLatin(name.Surname, language),
            Transliterator.ToLatin(name.GivenName, language),
            Transliterator.ToLatin(name.Patronymic, language));

    private bool Chance(double probability) => random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Favours the start of a pool ordered by frequency.</summary>
    private T PickCommon<T>(IReadOnlyList<T> items) => items[(int)(Math.Pow(random.NextDouble(), 1.8) * items.Count)];

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private sealed record Identity(PersonDetails Details, NameScriptKind Script, PersonNameParts? OwnName, CyrillicLanguage OwnLanguage);
}
