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
        if (query.Count == 0 || record.Count == 0)
        {
            return Missing(field, "surname");
        }

        var (q, r) = (query[0], record[0]);
        foreach (var a in query)
        {
            foreach (var b in record)
            {
                if (a.Skeleton == b.Skeleton)
                {
                    return new FieldComparison(field, "exact", AgreementKind.Exact,
                        () => $"{Pair(a, b)}: the same surname{ScriptNote(a.Text, b.Text)}{LayoutNote(a, b)}", b.Folded);
                }
            }
        }

        foreach (var a in query)
        {
            foreach (var b in record)
            {
                if (a.Folded == b.Folded)
                {
                    return new FieldComparison(field, "gender-form", AgreementKind.Equivalent,
                        () => $"{Pair(a, b)}: the same surname in its male and female or Ukrainian and Russian form{LayoutNote(a, b)}", b.Folded);
                }
            }
        }

        var best = 0.0;
        foreach (var a in query)
        {
            foreach (var b in record)
            {
                if (BothRetyped(a, b))
                {
                    continue;
                }

                var similarity = JaroWinkler.Similarity(a.Folded, b.Folded);
                if (similarity > best)
                {
                    (best, q, r) = (similarity, a, b);
                }
            }
        }

        return best >= CloseSimilarity
            ? new FieldComparison(field, "close", AgreementKind.Close, () => $"{Pair(q, r)}: spelt differently but very alike (similarity {Format(best)}){LayoutNote(q, r)}")
            : best >= SimilarSimilarity
                ? new FieldComparison(field, "similar", AgreementKind.Close, () => $"{Pair(q, r)}: somewhat alike (similarity {Format(best)})")
                : new FieldComparison(field, "different", AgreementKind.Different, () => $"{Pair(q, r)}: different surnames");
    }

    public static FieldComparison GivenName(PreparedRecord query, PreparedRecord record) =>
        GivenName(query.GivenName, query.GivenClasses, record.GivenName, record.GivenClasses);

    public static FieldComparison GivenName(
        IReadOnlyList<NameReading> query, IReadOnlyList<NameClassMatch> queryClasses,
        IReadOnlyList<NameReading> record, IReadOnlyList<NameClassMatch> recordClasses)
    {
        const MatchField field = MatchField.GivenName;
        if (query.Count == 0 || record.Count == 0)
        {
            return Missing(field, "given name");
        }

        var (q, r) = (query[0], record[0]);
        var recordKey = recordClasses.Count > 0 ? recordClasses[0].Class.Code : r.Skeleton;
        foreach (var a in query)
        {
            foreach (var b in record)
            {
                if (a.Skeleton == b.Skeleton)
                {
                    return new FieldComparison(field, "exact", AgreementKind.Exact,
                        () => $"{Pair(a, b)}: the same given name{ScriptNote(a.Text, b.Text)}{LayoutNote(a, b)}", recordKey);
                }
            }
        }

        NameClassMatch? diminutive = null;
        foreach (var a in queryClasses)
        {
            foreach (var b in recordClasses)
            {
                if (a.Class.Code != b.Class.Code)
                {
                    continue;
                }

                if (!a.Diminutive && !b.Diminutive)
                {
                    return new FieldComparison(field, "same-name", AgreementKind.Equivalent,
                        () => $"{Pair(q, r)}: forms of the same name ({a.Class.UkrainianForm} in Ukrainian, {a.Class.RussianForm} in Russian){LayoutNote(q, r)}", a.Class.Code);
                }

                diminutive ??= a.Diminutive ? a : b;
            }
        }

        if (diminutive is { } shared)
        {
            return new FieldComparison(field, "diminutive", AgreementKind.Close,
                () => $"{Pair(q, r)}: one is a diminutive of the other ({shared.Class.UkrainianForm}, {shared.Class.RussianForm})", shared.Class.Code);
        }

        var best = 0.0;
        foreach (var a in query)
        {
            foreach (var b in record)
            {
                if (BothRetyped(a, b))
                {
                    continue;
                }

                var similarity = JaroWinkler.Similarity(a.Skeleton, b.Skeleton);
                if (similarity > best)
                {
                    (best, q, r) = (similarity, a, b);
                }
            }
        }

        if (best >= CloseSimilarity)
        {
            return new FieldComparison(field, "close", AgreementKind.Close, () => $"{Pair(q, r)}: spelt differently but very alike (similarity {Format(best)}){LayoutNote(q, r)}");
        }

        if (IsInitialOf(q.Skeleton, r.Skeleton, recordClasses) || IsInitialOf(r.Skeleton, q.Skeleton, queryClasses))
        {
            return new FieldComparison(field, "initial", AgreementKind.Close, () => $"{Pair(q, r)}: an initial that fits the name");
        }

        return best >= SimilarSimilarity
            ? new FieldComparison(field, "similar", AgreementKind.Close, () => $"{Pair(q, r)}: somewhat alike (similarity {Format(best)})")
            : new FieldComparison(field, "different", AgreementKind.Different, () => $"{Pair(q, r)}: different given names");
    }

    public static FieldComparison Patronymic(PreparedRecord query, PreparedRecord record)
    {
        const MatchField field = MatchField.Patronymic;
        if (query.Patronymic.Count == 0 || record.Patronymic.Count == 0)
        {
            return Missing(field, "patronymic");
        }

        var (q, r) = (query.Patronymic[0], record.Patronymic[0]);
        if (q.Skeleton == r.Skeleton)
        {
            return new FieldComparison(field, "exact", AgreementKind.Exact, () => $"{Pair(q, r)}: the same patronymic{ScriptNote(q.Text, r.Text)}");
        }

        if (query.Father is { } father && record.Father?.Code == father.Code)
        {
            return new FieldComparison(field, "same-father", AgreementKind.Equivalent,
                () => $"{Pair(q, r)}: both name the father {father.UkrainianForm} ({father.RussianForm})");
        }

        var similarity = JaroWinkler.Similarity(query.PatronymicStem, record.PatronymicStem);
        return similarity >= PatronymicCloseSimilarity
            ? new FieldComparison(field, "close", AgreementKind.Close, () => $"{Pair(q, r)}: very alike (similarity {Format(similarity)})")
            : new FieldComparison(field, "different", AgreementKind.Different, () => $"{Pair(q, r)}: different fathers' names");
    }

    public static FieldComparison DateOfBirth(BirthDate? query, BirthDate? record)
    {
        const MatchField field = MatchField.DateOfBirth;
        if (query is not { } q || record is not { } r)
        {
            return Missing(field, "date of birth");
        }

        var pair = $"{q} and {r}";
        var common = (DatePrecision)Math.Min((int)q.Precision, (int)r.Precision);
        if (common == DatePrecision.Day)
        {
            if (q == r)
            {
                return new FieldComparison(field, "exact", AgreementKind.Exact, () => $"{q}: the same date of birth");
            }

            if (q.Year == r.Year && q.Month == r.Day && q.Day == r.Month)
            {
                return new FieldComparison(field, "day-month-swapped", AgreementKind.Close, () => $"{pair}: day and month swapped");
            }

            if (Math.Abs(q.Year - r.Year) == 1 && q.Month == r.Month && q.Day == r.Day)
            {
                return new FieldComparison(field, "year-off-by-one", AgreementKind.Close, () => $"{pair}: the year is one off");
            }

            if (OneDigitApart(Digits(q), Digits(r)))
            {
                return new FieldComparison(field, "one-digit", AgreementKind.Close, () => $"{pair}: one digit differs or two are swapped");
            }

            return q.Year == r.Year
                ? new FieldComparison(field, "same-year", AgreementKind.Close, () => $"{pair}: the same year, another day")
                : new FieldComparison(field, "different", AgreementKind.Different, () => $"{pair}: different dates");
        }

        var sameYear = q.Year == r.Year;
        if (sameYear && (common == DatePrecision.Year || q.Month == r.Month))
        {
            return common == DatePrecision.Month
                ? new FieldComparison(field, "same-month", AgreementKind.Equivalent, () => $"{pair}: agree on year and month, as far as both go")
                : new FieldComparison(field, "same-year-only", AgreementKind.Equivalent, () => $"{pair}: agree on the year, the only part both give");
        }

        if (Math.Abs(q.Year - r.Year) == 1 && (common == DatePrecision.Year || q.Month == r.Month))
        {
            // Without day and month on one side, a year one off is weak evidence: a brother can be born a year apart.
            return new FieldComparison(field, "near-year", AgreementKind.Close, () => $"{pair}: the year is one off, and one side gives no more than that");
        }

        return sameYear
            ? new FieldComparison(field, "same-year", AgreementKind.Close, () => $"{pair}: the same year, another month")
            : new FieldComparison(field, "different", AgreementKind.Different, () => $"{pair}: different dates");
    }

    public static FieldComparison Sex(PreparedRecord query, PreparedRecord record)
    {
        const MatchField field = MatchField.Sex;
        if (query.Sex is not { } q || record.Sex is not { } r)
        {
            return Missing(field, "sex");
        }

        var source = query.SexInferred || record.SexInferred ? " (read from the names)" : "";
        return q == r
            ? new FieldComparison(field, "same", AgreementKind.Exact, () => $"both {Word(q)}{source}")
            : new FieldComparison(field, "different", AgreementKind.Different, () => $"{Word(q)} and {Word(r)}{source}");

        static string Word(char sex) => sex == 'M' ? "male" : "female";
    }

    public static FieldComparison PlaceOfBirth(PreparedRecord query, PreparedRecord record)
    {
        const MatchField field = MatchField.PlaceOfBirth;
        if (query.PlaceSkeleton.Length == 0 || record.PlaceSkeleton.Length == 0)
        {
            return Missing(field, "place of birth");
        }

        var pair = $"{query.Source.PlaceOfBirth} and {record.Source.PlaceOfBirth}";
        if (query.PlaceSkeleton == record.PlaceSkeleton)
        {
            return new FieldComparison(field, "exact", AgreementKind.Exact, () => $"{pair}: the same place");
        }

        var similarity = JaroWinkler.Similarity(query.PlaceSkeleton, record.PlaceSkeleton);
        return similarity >= PlaceCloseSimilarity
            ? new FieldComparison(field, "close", AgreementKind.Close, () => $"{pair}: very alike (similarity {Format(similarity)})")
            : new FieldComparison(field, "different", AgreementKind.Different, () => $"{pair}: different places");
    }

    public static FieldComparison NameOrder(bool swapped) => swapped
        ? new FieldComparison(MatchField.NameOrder, "swapped", AgreementKind.Close, () => "surname and given name stand in each other's fields on one side")
        : new FieldComparison(MatchField.NameOrder, "as-given", AgreementKind.Exact, () => "surname and given name in their own fields");

    private static FieldComparison Missing(MatchField field, string what) =>
        new(field, "missing", AgreementKind.Missing, () => $"no {what} on one side: counts neither way");

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

    private static string Digits(BirthDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}{date.Month:D2}{date.Day:D2}");

    private static bool OneDigitApart(string a, string b)
    {
        var differences = new List<int>(3);
        for (var i = 0; i < a.Length && differences.Count < 3; i++)
        {
            if (a[i] != b[i])
            {
                differences.Add(i);
            }
        }

        return differences.Count == 1
            || (differences.Count == 2 && differences[1] == differences[0] + 1
                && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]);
    }

    private static string Format(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);
}
