using System.Globalization;
using System.Text;
using Kinlink.Matching.Dates;

namespace Kinlink.Matching.Engine;

/// <summary>
/// Blocking keys: short strings stored with each record (a database indexes them) and probed by an
/// enquiry, so that a search reads only the records sharing a key. Every key joins a name part that
/// all scripts and systems agree on (the gender-folded skeleton, the given-name class) with a second
/// part that keeps the slice small in a registry of a million (birth year, given name or its initial, father, full date).
/// </summary>
/// <remarks>
/// Kinds: <c>sy</c> surname + birth year, <c>sg</c> surname + given name, <c>sp</c> surname + father,
/// <c>s</c> surname alone (followed only while its slice is small), <c>sc</c> surname consonants + birth year,
/// <c>cg</c> surname consonants (and their deletions) + given name, <c>gp</c> given name + father + birth year, <c>gi</c> given name +
/// birth year + the surname's first letter, <c>gm</c> given name +
/// year and month of birth, <c>gd</c> given name + full date of birth, <c>d</c> full date of birth alone (a day's births are a few
/// dozen in a million). Surname parts come with each single-letter deletion as well, so a typo on either side
/// (one letter wrong, missing, added or two swapped) still meets the true record's key. A record whose
/// surname field holds a given name is keyed both ways round. An enquiry also probes the deletions
/// of its surname alone and with the father, and its full date with one digit slipped or two swapped.
/// Bump <see cref="SchemeVersion"/> with any change to the keys of a record.
/// </remarks>
public static class CandidateKeys
{
    /// <summary>
    /// Slices larger than this are not followed: a key shared by that many records (a common
    /// surname alone) cannot narrow a search, and the enquiry's other keys still apply. The
    /// in-memory matcher and a database search share it.
    /// </summary>
    public const int SliceLimit = 300;

    /// <summary>
    /// At most this many candidates are scored per enquiry: those sharing the most distinct keys with
    /// it (<see cref="SelectForScoring"/>). Measured on the evaluation sets (docs/matching.md, "Scoring cap"):
    /// the smallest cap that cost no recall@10 and at most 0.001 recall@1 at 200,000 records.
    /// </summary>
    public const int ScoringLimit = 400;

    /// <summary>
    /// The version of the key scheme: raised whenever <see cref="ForRecord(PreparedRecord)"/> may give
    /// another set of keys for the same record (a new kind, another skeleton rule), so that keys
    /// stored with persons are rebuilt. <c>CandidateKeySchemeTests</c> fails until it is raised.
    /// </summary>
    public const int SchemeVersion = 2;

    /// <summary>
    /// The candidates to score: the <paramref name="limit"/> that share the most distinct keys with the
    /// enquiry, ties broken by the smaller number so that every run, in memory or in a database, picks
    /// the same ones. Returned best first.
    /// </summary>
    /// <param name="sharedKeys">Candidate number -> how many distinct keys of the enquiry it shares.</param>
    public static int[] SelectForScoring(IReadOnlyDictionary<int, int> sharedKeys, int limit = ScoringLimit)
    {
        ArgumentNullException.ThrowIfNull(sharedKeys);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var ranked = new (int Candidate, int Shared)[sharedKeys.Count];
        var i = 0;
        foreach (var (candidate, shared) in sharedKeys)
        {
            ranked[i++] = (candidate, shared);
        }

        Array.Sort(ranked, static (a, b) => a.Shared != b.Shared ? b.Shared.CompareTo(a.Shared) : a.Candidate.CompareTo(b.Candidate));
        var chosen = new int[Math.Min(limit, ranked.Length)];
        for (var j = 0; j < chosen.Length; j++)
        {
            chosen[j] = ranked[j].Candidate;
        }

        return chosen;
    }

    /// <summary>
    /// A stable 64-bit hash of a key's text (XxHash64 of its UTF-8 bytes), the same on every server and
    /// provider: indexes hold these instead of the key strings.
    /// </summary>
    public static long Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var longest = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> utf8 = longest <= 256 ? stackalloc byte[256] : new byte[longest];
        var length = Encoding.UTF8.GetBytes(key, utf8);
        return unchecked((long)KeyHash.XxHash64(utf8[..length]));
    }

    /// <summary>The keys to store with a registry record.</summary>
    public static IReadOnlySet<string> ForRecord(PreparedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<BirthDate> dates = record.DateOfBirth is { } d ? [d] : [];
        AddKeys(keys, record.SurnameKeys, record.GivenKeys, Initials(record.GivenName), record, dates, [record.DateOfBirth?.Year]);

        // A surname field that holds a given name (Nikolai | DISIVOV) is most likely a list that
        // swapped the fields: the record is also keyed the other way round, so that an enquiry
        // whose given name is garbled still meets it by its surname. Such records are few.
        if (record.SurnameFieldClasses.Count > 0 && record.GivenName.Count > 0)
        {
            var givenAsSurname = record.GivenName.Select(r => Names.Surnames.Fold(r.Skeleton)).ToList();
            var surnameAsGiven = record.SurnameFieldClasses.Select(c => c.Class.Code).ToList();
            AddKeys(keys, givenAsSurname, surnameAsGiven, Initials(record.Surname), record, dates, [record.DateOfBirth?.Year]);
        }

        return keys;
    }

    public static IReadOnlySet<string> ForRecord(MatchRecord record) => ForRecord(PreparedRecord.From(record));

    /// <summary>
    /// The keys an enquiry probes: its own keys, with the year one either side, the day and month
    /// swapped, and surname and given name exchanged.
    /// </summary>
    public static IReadOnlySet<string> ForQuery(PreparedRecord query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var dates = new List<BirthDate>();
        var years = new List<int?>();
        if (query.DateOfBirth is { } date)
        {
            dates.Add(date);
            if (date.Precision == DatePrecision.Day && date.Day <= 12 && date.Day != date.Month)
            {
                dates.Add(new BirthDate(date.Year, date.Day, date.Month));
            }

            years.AddRange([date.Year, date.Year - 1, date.Year + 1]);
        }
        else
        {
            years.Add(null);
        }

        AddKeys(keys, query.SurnameKeys, query.GivenKeys, Initials(query.GivenName), query, dates, years);

        // Surname and given name in each other's fields.
        var surnameAsGiven = query.SurnameFieldClasses.Count > 0
            ? query.SurnameFieldClasses.Select(c => c.Class.Code).ToList()
            : query.Surname.Select(r => r.Skeleton).ToList();
        var givenAsSurname = query.GivenName.Select(r => Names.Surnames.Fold(r.Skeleton)).ToList();
        AddKeys(keys, givenAsSurname, surnameAsGiven, Initials(query.Surname), query, dates, years, withFather: false);

        // Keys a record stores without deletions are probed with the enquiry's deletions: that
        // costs the registry nothing and still meets a letter the enquiry added or the record lost.
        foreach (var surname in query.SurnameKeys)
        {
            if (surname.Length == 0)
            {
                continue;
            }

            foreach (var variant in WithDeletions(surname))
            {
                keys.Add($"s:{variant}");
                if (query.Father is { } father)
                {
                    keys.Add($"sp:{variant}:{father.Code}");
                }
            }
        }

        // A full date with one digit mistyped or two swapped, with the given name: each such slice
        // holds a handful of records even in a million, so all of them can be probed.
        if (query.DateOfBirth is { Precision: DatePrecision.Day } full)
        {
            foreach (var slip in DateSlips(full))
            {
                foreach (var given in query.GivenKeys)
                {
                    keys.Add($"gd:{given}:{slip}");
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// Every valid full date that a slip of one digit makes of <paramref name="date"/>: one digit of
    /// YYYYMMDD changed, or two neighbouring digits swapped (the scorer's one-digit level).
    /// </summary>
    public static IEnumerable<BirthDate> DateSlips(BirthDate date)
    {
        if (date.Precision != DatePrecision.Day)
        {
            yield break;
        }

        var digits = string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}{date.Month:D2}{date.Day:D2}").ToCharArray();
        var seen = new HashSet<BirthDate> { date };
        for (var i = 0; i < digits.Length; i++)
        {
            var original = digits[i];
            for (var digit = '0'; digit <= '9'; digit++)
            {
                digits[i] = digit;
                if (TryRead(digits, out var slip) && seen.Add(slip))
                {
                    yield return slip;
                }
            }

            digits[i] = original;
            if (i + 1 < digits.Length)
            {
                (digits[i], digits[i + 1]) = (digits[i + 1], digits[i]);
                if (TryRead(digits, out var swapped) && seen.Add(swapped))
                {
                    yield return swapped;
                }

                (digits[i], digits[i + 1]) = (digits[i + 1], digits[i]);
            }
        }

        // As BirthDate.TryParse reads YYYY-MM-DD, without building the text for each of some ninety slips.
        static bool TryRead(char[] digits, out BirthDate slip)
        {
            var year = Number(digits, 0, 4);
            var month = Number(digits, 4, 2);
            var day = Number(digits, 6, 2);
            var valid = year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day is >= 1 and <= 31;
            slip = valid ? new BirthDate(year, month, day) : default;
            return valid;
        }

        static int Number(char[] digits, int from, int length)
        {
            var value = 0;
            for (var i = from; i < from + length; i++)
            {
                value = (value * 10) + (digits[i] - '0');
            }

            return value;
        }
    }

    public static IReadOnlySet<string> ForQuery(MatchRecord query) => ForQuery(PreparedRecord.From(query));

    private static void AddKeys(
        HashSet<string> keys,
        IReadOnlyList<string> surnameKeys,
        IReadOnlyList<string> givenKeys,
        List<char> givenInitials,
        PreparedRecord person,
        IReadOnlyList<BirthDate> dates,
        IReadOnlyList<int?> years,
        bool withFather = true)
    {
        // The given name's first letter as well as its class: a misspelt given name is in no class.
        var initials = new List<string>(givenInitials.Count);
        foreach (var initial in givenInitials)
        {
            var letter = initial.ToString();
            if (!initials.Contains(letter, StringComparer.Ordinal))
            {
                initials.Add(letter);
            }
        }

        var surnameInitials = new List<char>(surnameKeys.Count);
        foreach (var surname in surnameKeys)
        {
            if (surname.Length > 0 && !surnameInitials.Contains(surname[0]))
            {
                surnameInitials.Add(surname[0]);
            }
        }

        foreach (var surname in surnameKeys)
        {
            if (surname.Length == 0)
            {
                continue;
            }

            // The surname alone: a slice as large as the surname is common, so searches follow it
            // only while it is small (see SliceLimit); for rare surnames it finds
            // the record whose given name and date were both lost.
            keys.Add($"s:{surname}");

            foreach (var variant in WithDeletions(surname))
            {
                foreach (var year in years)
                {
                    if (year is { } y)
                    {
                        keys.Add(string.Create(CultureInfo.InvariantCulture, $"sy:{variant}:{y}"));
                    }
                }

                foreach (var given in givenKeys)
                {
                    keys.Add($"sg:{variant}:{given}");
                }

                foreach (var initial in initials)
                {
                    keys.Add($"sg:{variant}:{initial}");
                }
            }

            if (withFather && person.Father is { } father)
            {
                keys.Add($"sp:{surname}:{father.Code}");
            }

            // Without its vowels a surname survives a vowel slip and the Ukrainian/Russian vowel
            // alternations (Лисенко/Лысенко/Лиеснко) even when another letter is wrong too.
            var consonants = NameSkeleton.Consonants(surname);
            if (consonants.Length >= 3)
            {
                foreach (var year in years)
                {
                    if (year is { } y)
                    {
                        keys.Add(string.Create(CultureInfo.InvariantCulture, $"sc:{consonants}:{y}"));
                    }
                }

                // The same with the given name instead of the year, for an enquiry without a date
                // whose surname has a vowel slip and one more (Тимошнко/Тимашенко); with each
                // consonant left out in turn, the other slip may be a consonant (Ksdenyshyn/Kadenishin).
                foreach (var variant in WithDeletions(consonants))
                {
                    foreach (var given in givenKeys)
                    {
                        keys.Add($"cg:{variant}:{given}");
                    }
                }
            }
        }

        // Given name with the father and the year, or with year and month: for a surname garbled
        // beyond one slip. A million persons give a few dozen per slice.
        foreach (var given in givenKeys)
        {
            if (withFather && person.Father is { } father)
            {
                foreach (var year in years)
                {
                    if (year is { } y)
                    {
                        keys.Add(string.Create(CultureInfo.InvariantCulture, $"gp:{given}:{father.Code}:{y}"));
                    }
                }
            }

            // With the surname's first letter, which slips spare more than the rest of it.
            foreach (var initial in surnameInitials)
            {
                foreach (var year in years)
                {
                    if (year is { } y)
                    {
                        keys.Add(string.Create(CultureInfo.InvariantCulture, $"gi:{given}:{y}:{initial}"));
                    }
                }
            }

            foreach (var date in dates)
            {
                if (date.Precision == DatePrecision.Year)
                {
                    continue;
                }

                keys.Add(string.Create(CultureInfo.InvariantCulture, $"gm:{given}:{date.Year:D4}-{date.Month:D2}"));
            }
        }

        foreach (var date in dates)
        {
            if (date.Precision != DatePrecision.Day)
            {
                continue;
            }

            var day = date.ToString();
            foreach (var given in givenKeys)
            {
                keys.Add($"gd:{given}:{day}");
            }

            keys.Add($"d:{day}");
        }
    }

    /// <summary>The key and, for keys of four letters or more, each key with one letter left out.</summary>
    public static IEnumerable<string> WithDeletions(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        yield return key;
        if (key.Length < 4)
        {
            yield break;
        }

        for (var i = 0; i < key.Length; i++)
        {
            // Deleting one of a run of equal letters gives the same string; skip the repeats.
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }

            // Skeletons never hold a doubled letter, so a deletion that brings two equal letters
            // together (bivisuk -> biisuk) must collapse them as the other side's skeleton did (bisuk).
            var rest = i > 0 && i + 1 < key.Length && key[i - 1] == key[i + 1] ? i + 2 : i + 1;
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(rest));
        }
    }

    private static List<char> Initials(IReadOnlyList<NameReading> readings)
    {
        var initials = new List<char>(readings.Count);
        foreach (var reading in readings)
        {
            if (reading.Skeleton.Length > 0 && !initials.Contains(reading.Skeleton[0]))
            {
                initials.Add(reading.Skeleton[0]);
            }
        }

        return initials;
    }
}
