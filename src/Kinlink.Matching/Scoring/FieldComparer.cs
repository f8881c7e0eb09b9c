using System.Globalization;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Scoring;

/// <summary>Puts each field of a pair on one of its levels and says why, in plain words.</summary>
public static class FieldComparer
{
    public const double CloseSimilarity = 0.92;
    public const double SimilarSimilarity = 0.80;
    public const double PatronymicCloseSimilarity = 0.90;
    public const double PlaceCloseSimilarity = 0.90;

    public static FieldComparison Surname(IReadOnlyList<NameReading> query, IReadOnlyList<NameReading> record, MatchField field = MatchField.Surname)
    {
        var outcome = SurnameLevel(query, record);
        return Comparison(field, outcome, () => SurnameReason(outcome));
    }

    public static FieldComparison GivenName(PreparedRecord query, PreparedRecord record) =>
        GivenName(query.GivenName, query.GivenClasses, record.GivenName, record.GivenClasses);

    public static FieldComparison GivenName(
        IReadOnlyList<NameReading> query, IReadOnlyList<NameClassMatch> queryClasses,
        IReadOnlyList<NameReading> record, IReadOnlyList<NameClassMatch> recordClasses)
    {
        var outcome = GivenNameLevel(query, queryClasses, record, recordClasses);
        return Comparison(MatchField.GivenName, outcome, () => GivenNameReason(outcome));
    }

    public static FieldComparison Patronymic(PreparedRecord query, PreparedRecord record)
    {
        var outcome = PatronymicLevel(query, record);
        return Comparison(MatchField.Patronymic, outcome, () => PatronymicReason(outcome));
    }

    public static FieldComparison DateOfBirth(BirthDate? query, BirthDate? record)
    {
        var outcome = DateOfBirthLevel(query, record);
        return Comparison(MatchField.DateOfBirth, outcome, () => DateOfBirthReason(outcome, query, record));
    }

    public static FieldComparison Sex(PreparedRecord query, PreparedRecord record)
    {
        var outcome = SexLevel(query, record);
        return Comparison(MatchField.Sex, outcome, () => SexReason(outcome, query, record));
    }

    public static FieldComparison PlaceOfBirth(PreparedRecord query, PreparedRecord record)
    {
        var outcome = PlaceOfBirthLevel(query, record);
        return Comparison(MatchField.PlaceOfBirth, outcome, () => PlaceOfBirthReason(outcome, query, record));
    }

    public static FieldComparison NameOrder(bool swapped)
    {
        var outcome = NameOrderLevel(swapped);
        return Comparison(MatchField.NameOrder, outcome, () => NameOrderReason(outcome));
    }

    internal static FieldOutcome SurnameLevel(IReadOnlyList<NameReading> query, IReadOnlyList<NameReading> record)
    {
        if (query.Count == 0 || record.Count == 0)
        {
            return FieldOutcome.Missing;
        }

        for (var i = 0; i < query.Count; i++)
        {
            for (var j = 0; j < record.Count; j++)
            {
                if (query[i].Skeleton == record[j].Skeleton)
                {
                    return new FieldOutcome("exact", AgreementKind.Exact, record[j].Folded, query[i], record[j]);
                }
            }
        }

        for (var i = 0; i < query.Count; i++)
        {
            for (var j = 0; j < record.Count; j++)
            {
                if (query[i].Folded == record[j].Folded)
                {
                    return new FieldOutcome("gender-form", AgreementKind.Equivalent, record[j].Folded, query[i], record[j]);
                }
            }
        }

        var (best, q, r) = (0.0, query[0], record[0]);
        for (var i = 0; i < query.Count; i++)
        {
            for (var j = 0; j < record.Count; j++)
            {
                if (BothRetyped(query[i], record[j]))
                {
                    continue;
                }

                var similarity = JaroWinkler.Similarity(query[i].Folded, record[j].Folded);
                if (similarity > best)
                {
                    (best, q, r) = (similarity, query[i], record[j]);
                }
            }
        }

        return best >= CloseSimilarity
            ? new FieldOutcome("close", AgreementKind.Close, null, q, r, best)
            : best >= SimilarSimilarity
                ? new FieldOutcome("similar", AgreementKind.Close, null, q, r, best)
                : new FieldOutcome("different", AgreementKind.Different, null, q, r, best);
    }

    private static string SurnameReason(FieldOutcome o)
    {
        var (q, r) = (o.Query!, o.Record!);
        return o.Level switch
        {
            "missing" => MissingReason("surname"),
            "exact" => $"{Pair(q, r)}: the same surname{ScriptNote(q.Text, r.Text)}{LayoutNote(q, r)}",
            "gender-form" => $"{Pair(q, r)}: the same surname in its male and female or Ukrainian and Russian form{LayoutNote(q, r)}",
            "close" => $"{Pair(q, r)}: spelt differently but very alike (similarity {Format(o.Similarity)}){LayoutNote(q, r)}",
            "similar" => $"{Pair(q, r)}: somewhat alike (similarity {Format(o.Similarity)})",
            _ => $"{Pair(q, r)}: different surnames",
        };
    }

    internal static FieldOutcome GivenNameLevel(
        IReadOnlyList<NameReading> query, IReadOnlyList<NameClassMatch> queryClasses,
        IReadOnlyList<NameReading> record, IReadOnlyList<NameClassMatch> recordClasses)
    {
        if (query.Count == 0 || record.Count == 0)
        {
            return FieldOutcome.Missing;
        }

        var (q, r) = (query[0], record[0]);
        for (var i = 0; i < query.Count; i++)
        {
            for (var j = 0; j < record.Count; j++)
            {
                if (query[i].Skeleton == record[j].Skeleton)
                {
                    var recordKey = recordClasses.Count > 0 ? recordClasses[0].Class.Code : r.Skeleton;
                    return new FieldOutcome("exact", AgreementKind.Exact, recordKey, query[i], record[j]);
                }
            }
        }

        GivenNameClass? diminutive = null;
        for (var i = 0; i < queryClasses.Count; i++)
        {
            var a = queryClasses[i];
            for (var j = 0; j < recordClasses.Count; j++)
            {
                var b = recordClasses[j];
                if (a.Class.Code != b.Class.Code)
                {
                    continue;
                }

                if (!a.Diminutive && !b.Diminutive)
                {
                    return new FieldOutcome("same-name", AgreementKind.Equivalent, a.Class.Code, q, r, Class: a.Class);
                }

                diminutive ??= a.Diminutive ? a.Class : b.Class;
            }
        }

        if (diminutive is { } shared)
        {
            return new FieldOutcome("diminutive", AgreementKind.Close, shared.Code, q, r, Class: shared);
        }

        var best = 0.0;
        for (var i = 0; i < query.Count; i++)
        {
            for (var j = 0; j < record.Count; j++)
            {
                if (BothRetyped(query[i], record[j]))
                {
                    continue;
                }

                var similarity = JaroWinkler.Similarity(query[i].Skeleton, record[j].Skeleton);
                if (similarity > best)
                {
                    (best, q, r) = (similarity, query[i], record[j]);
                }
            }
        }

        if (best >= CloseSimilarity)
        {
            return new FieldOutcome("close", AgreementKind.Close, null, q, r, best);
        }

        if (IsInitialOf(q.Skeleton, r.Skeleton, recordClasses) || IsInitialOf(r.Skeleton, q.Skeleton, queryClasses))
        {
            return new FieldOutcome("initial", AgreementKind.Close, null, q, r, best);
        }

        return best >= SimilarSimilarity
            ? new FieldOutcome("similar", AgreementKind.Close, null, q, r, best)
            : new FieldOutcome("different", AgreementKind.Different, null, q, r, best);
    }

    private static string GivenNameReason(FieldOutcome o)
    {
        var (q, r) = (o.Query!, o.Record!);
        return o.Level switch
        {
            "missing" => MissingReason("given name"),
            "exact" => $"{Pair(q, r)}: the same given name{ScriptNote(q.Text, r.Text)}{LayoutNote(q, r)}",
            "same-name" => $"{Pair(q, r)}: forms of the same name ({o.Class!.UkrainianForm} in Ukrainian, {o.Class.RussianForm} in Russian){LayoutNote(q, r)}",
            "diminutive" => $"{Pair(q, r)}: one is a diminutive of the other ({o.Class!.UkrainianForm}, {o.Class.RussianForm})",
            "close" => $"{Pair(q, r)}: spelt differently but very alike (similarity {Format(o.Similarity)}){LayoutNote(q, r)}",
            "initial" => $"{Pair(q, r)}: an initial that fits the name",
            "similar" => $"{Pair(q, r)}: somewhat alike (similarity {Format(o.Similarity)})",
            _ => $"{Pair(q, r)}: different given names",
        };
    }

    internal static FieldOutcome PatronymicLevel(PreparedRecord query, PreparedRecord record)
    {
        if (query.Patronymic.Count == 0 || record.Patronymic.Count == 0)
        {
            return FieldOutcome.Missing;
        }

        var (q, r) = (query.Patronymic[0], record.Patronymic[0]);
        if (q.Skeleton == r.Skeleton)
        {
            return new FieldOutcome("exact", AgreementKind.Exact, null, q, r);
        }

        if (query.Father is { } father && record.Father?.Code == father.Code)
        {
            return new FieldOutcome("same-father", AgreementKind.Equivalent, null, q, r, Class: father);
        }

        var similarity = JaroWinkler.Similarity(query.PatronymicStem, record.PatronymicStem);
        return similarity >= PatronymicCloseSimilarity
            ? new FieldOutcome("close", AgreementKind.Close, null, q, r, similarity)
            : new FieldOutcome("different", AgreementKind.Different, null, q, r, similarity);
    }

    private static string PatronymicReason(FieldOutcome o)
    {
        var (q, r) = (o.Query!, o.Record!);
        return o.Level switch
        {
            "missing" => MissingReason("patronymic"),
            "exact" => $"{Pair(q, r)}: the same patronymic{ScriptNote(q.Text, r.Text)}",
            "same-father" => $"{Pair(q, r)}: both name the father {o.Class!.UkrainianForm} ({o.Class.RussianForm})",
            "close" => $"{Pair(q, r)}: very alike (similarity {Format(o.Similarity)})",
            _ => $"{Pair(q, r)}: different fathers' names",
        };
    }

    internal static FieldOutcome DateOfBirthLevel(BirthDate? query, BirthDate? record)
    {
        if (query is not { } q || record is not { } r)
        {
            return FieldOutcome.Missing;
        }

        var common = (DatePrecision)Math.Min((int)q.Precision, (int)r.Precision);
        if (common == DatePrecision.Day)
        {
            if (q == r)
            {
                return new FieldOutcome("exact", AgreementKind.Exact);
            }

            if (q.Year == r.Year && q.Month == r.Day && q.Day == r.Month)
            {
                return new FieldOutcome("day-month-swapped", AgreementKind.Close);
            }

            if (Math.Abs(q.Year - r.Year) == 1 && q.Month == r.Month && q.Day == r.Day)
            {
                return new FieldOutcome("year-off-by-one", AgreementKind.Close);
            }

            if (OneDigitApart(q, r))
            {
                return new FieldOutcome("one-digit", AgreementKind.Close);
            }

            return q.Year == r.Year
                ? new FieldOutcome("same-year", AgreementKind.Close)
                : new FieldOutcome("different", AgreementKind.Different);
        }

        var sameYear = q.Year == r.Year;
        if (sameYear && (common == DatePrecision.Year || q.Month == r.Month))
        {
            return common == DatePrecision.Month
                ? new FieldOutcome("same-month", AgreementKind.Equivalent)
                : new FieldOutcome("same-year-only", AgreementKind.Equivalent);
        }

        if (Math.Abs(q.Year - r.Year) == 1 && (common == DatePrecision.Year || q.Month == r.Month))
        {
            // Without day and month on one side, a year one off is weak evidence: a brother can be born a year apart.
            return new FieldOutcome("near-year", AgreementKind.Close);
        }

        return sameYear
            ? new FieldOutcome("same-year", AgreementKind.Close)
            : new FieldOutcome("different", AgreementKind.Different);
    }

    private static string DateOfBirthReason(FieldOutcome o, BirthDate? query, BirthDate? record)
    {
        if (o.Kind == AgreementKind.Missing)
        {
            return MissingReason("date of birth");
        }

        var pair = $"{query} and {record}";
        var bothFull = query!.Value.Precision == DatePrecision.Day && record!.Value.Precision == DatePrecision.Day;
        return o.Level switch
        {
            "exact" => $"{query}: the same date of birth",
            "day-month-swapped" => $"{pair}: day and month swapped",
            "year-off-by-one" => $"{pair}: the year is one off",
            "one-digit" => $"{pair}: one digit differs or two are swapped",
            "same-year" when bothFull => $"{pair}: the same year, another day",
            "same-year" => $"{pair}: the same year, another month",
            "same-month" => $"{pair}: agree on year and month, as far as both go",
            "same-year-only" => $"{pair}: agree on the year, the only part both give",
            "near-year" => $"{pair}: the year is one off, and one side gives no more than that",
            _ => $"{pair}: different dates",
        };
    }

    internal static FieldOutcome SexLevel(PreparedRecord query, PreparedRecord record)
    {
        if (query.Sex is not { } q || record.Sex is not { } r)
        {
            return FieldOutcome.Missing;
        }

        return q == r
            ? new FieldOutcome("same", AgreementKind.Exact)
            : new FieldOutcome("different", AgreementKind.Different);
    }

    private static string SexReason(FieldOutcome o, PreparedRecord query, PreparedRecord record)
    {
        if (o.Kind == AgreementKind.Missing)
        {
            return MissingReason("sex");
        }

        var (q, r) = (query.Sex!.Value, record.Sex!.Value);
        var source = query.SexInferred || record.SexInferred ? " (read from the names)" : "";
        return o.Kind == AgreementKind.Exact ? $"both {Word(q)}{source}" : $"{Word(q)} and {Word(r)}{source}";

        static string Word(char sex) => sex == 'M' ? "male" : "female";
    }

    internal static FieldOutcome PlaceOfBirthLevel(PreparedRecord query, PreparedRecord record)
    {
        if (query.PlaceSkeleton.Length == 0 || record.PlaceSkeleton.Length == 0)
        {
            return FieldOutcome.Missing;
        }

        if (query.PlaceSkeleton == record.PlaceSkeleton)
        {
            return new FieldOutcome("exact", AgreementKind.Exact);
        }

        var similarity = JaroWinkler.Similarity(query.PlaceSkeleton, record.PlaceSkeleton);
        return similarity >= PlaceCloseSimilarity
            ? new FieldOutcome("close", AgreementKind.Close, Similarity: similarity)
            : new FieldOutcome("different", AgreementKind.Different, Similarity: similarity);
    }

    private static string PlaceOfBirthReason(FieldOutcome o, PreparedRecord query, PreparedRecord record)
    {
        if (o.Kind == AgreementKind.Missing)
        {
            return MissingReason("place of birth");
        }

        var pair = $"{query.Source.PlaceOfBirth} and {record.Source.PlaceOfBirth}";
        return o.Level switch
        {
            "exact" => $"{pair}: the same place",
            "close" => $"{pair}: very alike (similarity {Format(o.Similarity)})",
            _ => $"{pair}: different places",
        };
    }

    internal static FieldOutcome NameOrderLevel(bool swapped) => swapped ? Swapped : AsGiven;

    private static readonly FieldOutcome Swapped = new("swapped", AgreementKind.Close);
    private static readonly FieldOutcome AsGiven = new("as-given", AgreementKind.Exact);

    private static string NameOrderReason(FieldOutcome o) => o.Level == "swapped"
        ? "surname and given name stand in each other's fields on one side"
        : "surname and given name in their own fields";

    private static FieldComparison Comparison(MatchField field, FieldOutcome outcome, Func<string> reason) =>
        new(field, outcome.Level, outcome.Kind, reason, outcome.FrequencyKey);

    private static string MissingReason(string what) => $"no {what} on one side: counts neither way";

    private static string Pair(NameReading a, NameReading b) => $"{a.Text} and {b.Text}";

    // Re-typing is meant to meet a correctly typed other side; two re-typed readings resemble each
    // other exactly as much as the fields as written do, and would be shown in letters nobody wrote.
    private static bool BothRetyped(NameReading a, NameReading b) => a.WrongLayout && b.WrongLayout;

    private static string ScriptNote(string a, string b)
    {
        var sa = ScriptDetector.Detect(a);
        var sb = ScriptDetector.Detect(b);
        if (sa == sb)
        {
            return sa == NameScript.Cyrillic && ScriptDetector.GuessLanguage(a) != ScriptDetector.GuessLanguage(b)
                ? " in Ukrainian and Russian spelling"
                : string.Equals(SearchText.Fold(a), SearchText.Fold(b), StringComparison.Ordinal) ? "" : ", spelt by different systems";
        }

        return " in Cyrillic and in Latin";
    }

    private static string LayoutNote(NameReading a, NameReading b)
    {
        var retyped = a.WrongLayout ? a : b.WrongLayout ? b : null;
        return retyped is null ? "" : $" (read as typed on the wrong keyboard layout: {retyped.Text})";
    }

    private static bool IsInitialOf(string initial, string full, IReadOnlyList<NameClassMatch> fullClasses)
    {
        if (initial.Length != 1 || full.Length == 0)
        {
            return false;
        }

        if (full[0] == initial[0])
        {
            return true;
        }

        // О. stands for Олександр and for Aleksandr alike.
        return fullClasses.Any(c => NameSkeleton.Of(c.Class.UkrainianForm)[0] == initial[0] || NameSkeleton.Of(c.Class.RussianForm)[0] == initial[0]);
    }

    /// <summary>Whether YYYYMMDD of the two dates differ in one digit or in two neighbouring digits swapped.</summary>
    private static bool OneDigitApart(BirthDate q, BirthDate r)
    {
        Span<char> a = stackalloc char[24];
        Span<char> b = stackalloc char[24];
        a = a[..Digits(q, a)];
        b = b[..Digits(r, b)];
        Span<int> differences = stackalloc int[3];
        var count = 0;
        for (var i = 0; i < a.Length && count < 3; i++)
        {
            if (a[i] != b[i])
            {
                differences[count++] = i;
            }
        }

        return count == 1
            || (count == 2 && differences[1] == differences[0] + 1
                && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]);
    }

    private static int Digits(BirthDate date, Span<char> digits)
    {
        var written = 0;
        date.Year.TryFormat(digits, out var year, "D4", CultureInfo.InvariantCulture);
        written += year;
        date.Month.GetValueOrDefault().TryFormat(digits[written..], out var month, "D2", CultureInfo.InvariantCulture);
        written += month;
        date.Day.GetValueOrDefault().TryFormat(digits[written..], out var day, "D2", CultureInfo.InvariantCulture);
        return written + day;
    }

    private static string Format(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);
}
