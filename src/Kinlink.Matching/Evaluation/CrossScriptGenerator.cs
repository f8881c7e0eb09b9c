using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Evaluation;

/// <summary>
/// A deterministic (seeded) benchmark of registry records and family enquiries across Ukrainian
/// Cyrillic, Russian Cyrillic and Latin. Registry records look like a detaining party's list or a
/// delegate's registration: Russian forms, a Latin line by one of the passport systems, capitals,
/// OCR slips, missing patronymics, day and month swapped, names in the wrong field. Enquiries look
/// like a family's letter: Ukrainian forms, a Latin spelling of their own, diminutives, typing slips,
/// the wrong keyboard layout, a year of birth only. The registry holds brothers and namesakes; some
/// enquiries are about persons who are not in it (new persons, unregistered brothers and namesakes).
/// </summary>
public sealed class CrossScriptGenerator
{
    private const string LatinRows = "qwertyuiop|asdfghjkl|zxcvbnm";
    private const string RussianRows = "йцукенгшщзхъ|фывапролджэ|ячсмитьбю";

    private static readonly (string, string)[] CyrillicOcr = [("и", "н"), ("ш", "щ"), ("л", "п"), ("е", "с"), ("в", "з"), ("о", "а"), ("н", "п")];
    private static readonly (string, string)[] LatinOcr = [("m", "rn"), ("d", "cl"), ("l", "i"), ("e", "c"), ("o", "c"), ("u", "v"), ("n", "h")];

    private readonly Random _random;
    private readonly GivenNameRow[] _maleRows;
    private readonly GivenNameRow[] _femaleRows;
    private int _nextId;

    public CrossScriptGenerator(int seed)
    {
        _random = new Random(seed);
        _maleRows = GivenNames.Rows.Where(r => r.Class.Sex == 'm').ToArray();
        _femaleRows = GivenNames.Rows.Where(r => r.Class.Sex == 'f').ToArray();
    }

    /// <param name="registrySize">Records in the registry.</param>
    /// <param name="queryCount">Enquiries.</param>
    /// <param name="noTrueShare">Share of enquiries whose person is not in the registry.</param>
    public LabelledSet Generate(int registrySize, int queryCount, double noTrueShare = 0.2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(registrySize, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(queryCount);
        var persons = RegistryPersons(registrySize);
        var registry = new List<MatchRecord>(persons.Count);
        var recordOf = new Dictionary<Person, string>(ReferenceEqualityComparer.Instance);
        foreach (var person in persons)
        {
            var record = RenderRecord(person, NextId("r"));
            registry.Add(record);
            recordOf[person] = record.Id;
        }

        var queries = new List<MatchRecord>(queryCount);
        var truth = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < queryCount; i++)
        {
            var id = NextId("q");
            if (_random.NextDouble() < noTrueShare)
            {
                var near = persons[_random.Next(persons.Count)];
                var roll = _random.NextDouble();
                var absent = roll < 0.4 ? NewPerson() : roll < 0.7 ? BrotherOf(near) : NamesakeOf(near);
                queries.Add(RenderEnquiry(absent, id));
                truth[id] = null;
            }
            else
            {
                var person = persons[_random.Next(persons.Count)];
                queries.Add(RenderEnquiry(person, id));
                truth[id] = recordOf[person];
            }
        }

        // Files list records in no meaningful order; shuffling keeps ids and positions free of hints.
        Shuffle(registry);
        return new LabelledSet(registry, queries, truth);
    }

    /// <summary>
    /// The registry records <see cref="Generate"/> makes with the same seed and size, the same ids and contents,
    /// one at a time in the order they were made (not shuffled), so that a scale seed can write a million of
    /// them without holding them all. Only the compact persons behind them are held. Use a new generator for it.
    /// </summary>
    public IEnumerable<MatchRecord> StreamRegistry(int registrySize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(registrySize, 10);
        return Render(RegistryPersons(registrySize));

        IEnumerable<MatchRecord> Render(List<Person> persons)
        {
            foreach (var person in persons)
            {
                yield return RenderRecord(person, NextId("r"));
            }
        }
    }

    private List<Person> RegistryPersons(int registrySize)
    {
        var persons = new List<Person>(registrySize);
        while (persons.Count < registrySize)
        {
            var person = NewPerson();
            persons.Add(person);
            var roll = _random.NextDouble();
            if (roll < 0.08 && persons.Count < registrySize)
            {
                persons.Add(BrotherOf(person));
            }
            else if (roll < 0.13 && persons.Count < registrySize)
            {
                persons.Add(NamesakeOf(person));
            }
        }

        return persons;
    }

    private string NextId(string prefix)
    {
        _nextId++;
        // Opaque ids: the running count multiplied by an odd constant (a bijection on 32 bits, so
        // ids stay unique), which hides any hint of the pairing in the order of ids.
        return $"{prefix}{unchecked((uint)_nextId * 2654435761u):x8}";
    }

    private Person NewPerson()
    {
        var female = _random.NextDouble() < 0.12;
        var given = Zipf(female ? _femaleRows : _maleRows);
        // About one person in five has one of the common surnames, as in Ukraine; the rest are spread thin.
        var surname = _random.NextDouble() < 0.2
            ? Zipf(GeneratorData.Surnames)
            : GeneratorData.RareSurname(_random.Next(GeneratorData.RareSurnameCount));
        return new Person(
            surname,
            female,
            given,
            Zipf(_maleRows),
            RandomDate(1962, 2006),
            _random.Next(GeneratorData.Places.Length));
    }

    private Person BrotherOf(Person person)
    {
        GivenNameRow given;
        do
        {
            given = Zipf(_maleRows);
        }
        while (given.Class.Code == person.Given.Class.Code);

        var born = person.Born;
        var year = Math.Clamp(born.Year + (_random.Next(1, 9) * (_random.Next(2) == 0 ? -1 : 1)), 1955, 2007);
        return new Person(person.Surname, false, given, person.Father, new BirthDate(year, _random.Next(1, 13), _random.Next(1, 29)), person.Place);
    }

    private Person NamesakeOf(Person person)
    {
        GivenNameRow father;
        do
        {
            father = Zipf(_maleRows);
        }
        while (father.Class.Code == person.Father.Class.Code);

        return person with { Father = father, Born = RandomDate(1962, 2006), Place = _random.Next(GeneratorData.Places.Length) };
    }

    private MatchRecord RenderRecord(Person person, string id)
    {
        var roll = _random.NextDouble();
        var style = roll < 0.45 ? Style.RussianCyrillic : roll < 0.70 ? Style.RussianLatin : roll < 0.90 ? Style.UkrainianCyrillic : Style.UkrainianLatin;
        var system = PickSystem(style);
        var surname = Surname(person, style, system);
        var given = GivenName(person, style, system, allowVariant: false);
        var patronymic = style is Style.RussianLatin or Style.UkrainianLatin && _random.NextDouble() < 0.6 ? null : Patronymic(person, style, system);
        if (_random.NextDouble() < 0.2)
        {
            patronymic = null;
        }

        if (_random.NextDouble() < 0.3)
        {
            surname = surname.ToUpperInvariant();
        }

        if (_random.NextDouble() < 0.08)
        {
            surname = Ocr(surname);
        }

        if (_random.NextDouble() < 0.05)
        {
            given = Ocr(given);
        }

        BirthDate? born = person.Born;
        roll = _random.NextDouble();
        born = roll < 0.05 ? null : roll < 0.12 ? new BirthDate(person.Born.Year, null, null) : roll < 0.15 ? person.Born with { Day = null } : born;
        if (born is { Precision: DatePrecision.Day } full && _random.NextDouble() < 0.05)
        {
            born = _random.NextDouble() < 0.6 && full.Day <= 12 ? new BirthDate(full.Year, full.Day, full.Month) : DigitSlip(full);
        }

        if (_random.NextDouble() < 0.03)
        {
            (surname, given) = (given, surname);
        }

        var sex = _random.NextDouble() < 0.8 ? (person.Female ? 'F' : 'M') : (char?)null;
        var place = _random.NextDouble() < 0.4 ? Place(person, style, system) : null;
        return new MatchRecord(id, surname, given, patronymic, born, sex, place);
    }

    private MatchRecord RenderEnquiry(Person person, string id)
    {
        var roll = _random.NextDouble();
        var style = roll < 0.55 ? Style.UkrainianCyrillic : roll < 0.70 ? Style.RussianCyrillic : roll < 0.90 ? Style.UkrainianLatin : Style.RussianLatin;
        var system = PickSystem(style);
        var surname = Surname(person, style, system);
        var given = GivenName(person, style, system, allowVariant: true);
        var patronymic = _random.NextDouble() < 0.4 ? null : Patronymic(person, style, system);

        // One slip of the kind people make when typing a name, in one field or two.
        var slips = _random.NextDouble() < 0.3 ? 1 : _random.NextDouble() < 0.07 ? 2 : 0;
        for (var s = 0; s < slips; s++)
        {
            switch (_random.Next(3))
            {
                case 0:
                    surname = Typo(surname);
                    break;
                case 1:
                    given = Typo(given);
                    break;
                default:
                    patronymic = patronymic is null ? null : Typo(patronymic);
                    break;
            }
        }

        if (_random.NextDouble() < 0.03)
        {
            surname = WrongLayout(surname);
        }
        else if (_random.NextDouble() < 0.02)
        {
            given = WrongLayout(given);
        }

        if (_random.NextDouble() < 0.03)
        {
            surname = LookAlike(surname);
        }

        BirthDate? born;
        roll = _random.NextDouble();
        born = roll < 0.10 ? null : roll < 0.40 ? new BirthDate(person.Born.Year, null, null) : roll < 0.45 ? person.Born with { Day = null } : person.Born;
        if (born is { } b && _random.NextDouble() < 0.06)
        {
            born = b with { Year = b.Year + (_random.Next(2) == 0 ? -1 : 1) };
        }
        else if (born is { Precision: DatePrecision.Day } full && _random.NextDouble() < 0.05)
        {
            born = _random.NextDouble() < 0.5 && full.Day <= 12 ? new BirthDate(full.Year, full.Day, full.Month) : DigitSlip(full);
        }

        if (_random.NextDouble() < 0.03)
        {
            (surname, given) = (given, surname);
        }

        var sex = _random.NextDouble() < 0.5 ? (person.Female ? 'F' : 'M') : (char?)null;
        var place = _random.NextDouble() < 0.3 ? Place(person, style, system) : null;
        return new MatchRecord(id, surname, given, patronymic, born, sex, place);
    }

    private TransliterationSystem PickSystem(Style style)
    {
        var roll = _random.NextDouble();
        return style switch
        {
            Style.UkrainianLatin => roll < 0.7 ? TransliterationSystem.UkrainianNational2010 : TransliterationSystem.UkrainianBgnPcgn1965,
            Style.RussianLatin => roll < 0.4 ? TransliterationSystem.RussianIcao9303
                : roll < 0.65 ? TransliterationSystem.RussianPassport1997
                : roll < 0.8 ? TransliterationSystem.RussianGost52535
                : roll < 0.9 ? TransliterationSystem.RussianBgnPcgn
                : TransliterationSystem.RussianGost779B,
            _ => TransliterationSystem.RussianIcao9303,
        };
    }

    private static string Surname(Person person, Style style, TransliterationSystem system)
    {
        var russian = style is Style.RussianCyrillic or Style.RussianLatin;
        var form = russian ? person.Surname.Russian : person.Surname.Ukrainian;
        if (person.Female)
        {
            form = russian ? FeminineRussian(form) : FeminineUkrainian(form);
        }

        return Render(form, style, system);
    }

    private string GivenName(Person person, Style style, TransliterationSystem system, bool allowVariant)
    {
        var row = person.Given;
        var russian = style is Style.RussianCyrillic or Style.RussianLatin;
        if (allowVariant && _random.NextDouble() < 0.08)
        {
            var diminutives = russian ? row.RussianDiminutives : row.UkrainianDiminutives;
            if (diminutives.Count > 0)
            {
                return Render(diminutives[_random.Next(diminutives.Count)], style, system);
            }
        }

        if (allowVariant && style is Style.UkrainianLatin or Style.RussianLatin && _random.NextDouble() < 0.35)
        {
            // Families abroad and foreign forms write a spelling of their own (Alexander, Yuriy, Mykhaylo).
            return row.Latin[_random.Next(row.Latin.Count)];
        }

        return Render(russian ? row.Russian : row.Ukrainian, style, system);
    }

    private static string Patronymic(Person person, Style style, TransliterationSystem system)
    {
        var russian = style is Style.RussianCyrillic or Style.RussianLatin;
        var form = Patronymics.FormOf(person.Father, russian ? CyrillicLanguage.Russian : CyrillicLanguage.Ukrainian, person.Female);
        return Render(Capitalise(form), style, system);
    }

    private static string Place(Person person, Style style, TransliterationSystem system)
    {
        var (ukrainian, russian) = GeneratorData.Places[person.Place];
        return Render(style is Style.RussianCyrillic or Style.RussianLatin ? russian : ukrainian, style, system);
    }

    private static string Render(string cyrillic, Style style, TransliterationSystem system) =>
        style is Style.UkrainianLatin or Style.RussianLatin ? Transliterator.ToLatin(cyrillic, system) : cyrillic;

    private static string FeminineUkrainian(string surname) => surname switch
    {
        _ when surname.EndsWith("ський", StringComparison.Ordinal) || surname.EndsWith("цький", StringComparison.Ordinal) => surname[..^2] + "а",
        _ when surname.EndsWith("ий", StringComparison.Ordinal) => surname[..^2] + "а",
        _ when surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal)
            || surname.EndsWith("єв", StringComparison.Ordinal) || surname.EndsWith("ін", StringComparison.Ordinal)
            || surname.EndsWith("їн", StringComparison.Ordinal) => surname + "а",
        _ when surname.EndsWith("йов", StringComparison.Ordinal) || surname.EndsWith("льов", StringComparison.Ordinal) => surname + "а",
        _ => surname,
    };

    private static string FeminineRussian(string surname) => surname switch
    {
        _ when surname.EndsWith("ский", StringComparison.Ordinal) || surname.EndsWith("цкий", StringComparison.Ordinal) => surname[..^2] + "ая",
        _ when surname.EndsWith("ый", StringComparison.Ordinal) => surname[..^2] + "ая",
        _ when surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal)
            || surname.EndsWith("ёв", StringComparison.Ordinal) || surname.EndsWith("ин", StringComparison.Ordinal)
            || surname.EndsWith("ын", StringComparison.Ordinal) => surname + "а",
        _ => surname,
    };

    private string Typo(string text)
    {
        if (text.Length < 3)
        {
            return text;
        }

        var chars = text.ToList();
        var at = _random.Next(1, chars.Count);
        switch (_random.Next(4))
        {
            case 0:
                chars[at] = Neighbour(chars[at]);
                break;
            case 1:
                chars.Insert(at, _random.Next(2) == 0 ? chars[at] : Neighbour(chars[at]));
                break;
            case 2:
                chars.RemoveAt(at);
                break;
            default:
                if (at < chars.Count - 1)
                {
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                }

                break;
        }

        return new string(chars.ToArray());
    }

    private char Neighbour(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var rows = ScriptDetector.IsCyrillic(lower) ? RussianRows : LatinRows;
        var at = rows.IndexOf(lower, StringComparison.Ordinal);
        if (at < 0)
        {
            return c;
        }

        var candidates = new List<char>(2);
        if (at > 0 && rows[at - 1] != '|')
        {
            candidates.Add(rows[at - 1]);
        }

        if (at < rows.Length - 1 && rows[at + 1] != '|')
        {
            candidates.Add(rows[at + 1]);
        }

        var picked = candidates.Count == 0 ? lower : candidates[_random.Next(candidates.Count)];
        return char.IsUpper(c) ? char.ToUpperInvariant(picked) : picked;
    }

    private string Ocr(string text)
    {
        var pairs = ScriptDetector.HasCyrillic(text) ? CyrillicOcr : LatinOcr;
        var lower = text.ToLowerInvariant();
        var applicable = pairs.Where(p => lower.Contains(p.Item1, StringComparison.Ordinal) || lower.Contains(p.Item2, StringComparison.Ordinal)).ToList();
        if (applicable.Count == 0)
        {
            return text;
        }

        var (a, b) = applicable[_random.Next(applicable.Count)];
        var from = lower.Contains(a, StringComparison.Ordinal) ? a : b;
        var to = from == a ? b : a;
        var at = lower.IndexOf(from, StringComparison.Ordinal);
        var replacement = char.IsUpper(text[at]) ? to.ToUpperInvariant() : to;
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + from.Length));
    }

    private static string WrongLayout(string text) => ScriptDetector.HasCyrillic(text)
        ? KeyboardLayout.CyrillicKeysToLatin(text)
        : KeyboardLayout.LatinKeysToCyrillic(text, CyrillicLanguage.Russian);

    private string LookAlike(string text)
    {
        const string cyrillic = "аеорсі";
        const string latin = "aeopci";
        var positions = Enumerable.Range(0, text.Length).Where(i => cyrillic.Contains(text[i], StringComparison.Ordinal)).ToList();
        if (positions.Count == 0)
        {
            return text;
        }

        var at = positions[_random.Next(positions.Count)];
        var chars = text.ToCharArray();
        chars[at] = latin[cyrillic.IndexOf(chars[at], StringComparison.Ordinal)];
        return new string(chars);
    }

    private static BirthDate DigitSlip(BirthDate date)
    {
        // A day one off in its last digit, the commonest slip in copied dates.
        var day = date.Day!.Value;
        var slipped = day % 10 == 9 || day >= 28 ? day - 1 : day + 1;
        return date with { Day = slipped };
    }

    private BirthDate RandomDate(int fromYear, int toYear) =>
        new(_random.Next(fromYear, toYear + 1), _random.Next(1, 13), _random.Next(1, 29));

    // Common names and surnames come up far more often than rare ones: rank r is drawn with weight 1/(r+5).
    private T Zipf<T>(IReadOnlyList<T> items)
    {
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            total += 1.0 / (i + 5);
        }

        var target = _random.NextDouble() * total;
        for (var i = 0; i < items.Count; i++)
        {
            target -= 1.0 / (i + 5);
            if (target <= 0)
            {
                return items[i];
            }
        }

        return items[^1];
    }

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private enum Style
    {
        UkrainianCyrillic,
        RussianCyrillic,
        UkrainianLatin,
        RussianLatin,
    }

    private sealed record Person(
        (string Ukrainian, string Russian) Surname,
        bool Female,
        GivenNameRow Given,
        GivenNameRow Father,
        BirthDate Born,
        int Place);
}
