namespace Kinlink.Matching.Scoring;

/// <summary>
/// Every level of every field, best first, with its kind. The model file must give m and u for
/// each; the trainer counts into exactly these.
/// </summary>
public static class FieldLevels
{
    public static IReadOnlyDictionary<MatchField, IReadOnlyList<(string Level, AgreementKind Kind)>> All { get; } =
        new Dictionary<MatchField, IReadOnlyList<(string, AgreementKind)>>
        {
            [MatchField.Surname] =
            [
                ("exact", AgreementKind.Exact),
                ("gender-form", AgreementKind.Equivalent),
                ("close", AgreementKind.Close),
                ("similar", AgreementKind.Close),
                ("different", AgreementKind.Different),
                ("missing", AgreementKind.Missing),
            ],
            [MatchField.GivenName] =
            [
                ("exact", AgreementKind.Exact),
                ("same-name", AgreementKind.Equivalent),
                ("diminutive", AgreementKind.Close),
                ("close", AgreementKind.Close),
                ("similar", AgreementKind.Close),
                ("initial", AgreementKind.Close),
                ("different", AgreementKind.Different),
                ("missing", AgreementKind.Missing),
            ],
            [MatchField.Patronymic] =
            [
                ("exact", AgreementKind.Exact),
                ("same-father", AgreementKind.Equivalent),
                ("close", AgreementKind.Close),
                ("different", AgreementKind.Different),
                ("missing", AgreementKind.Missing),
            ],
            [MatchField.DateOfBirth] =
            [
                ("exact", AgreementKind.Exact),
                ("same-month", AgreementKind.Equivalent),
                ("same-year-only", AgreementKind.Equivalent),
                ("day-month-swapped", AgreementKind.Close),
                ("one-digit", AgreementKind.Close),
                ("year-off-by-one", AgreementKind.Close),
                ("near-year", AgreementKind.Close),
                ("same-year", AgreementKind.Close),
                ("different", AgreementKind.Different),
                ("missing", AgreementKind.Missing),
            ],
            [MatchField.Sex] =
            [
                ("same", AgreementKind.Exact),
                ("different", AgreementKind.Different),
                ("missing", AgreementKind.Missing),
            ],
            [MatchField.PlaceOfBirth] =
            [
                ("exact", AgreementKind.Exact),
                ("close", AgreementKind.Close),
                ("different", AgreementKind.Different),
                ("missing", AgreementKind.Missing),
            ],
            [MatchField.NameOrder] =
            [
                ("as-given", AgreementKind.Exact),
                ("swapped", AgreementKind.Close),
            ],
        };

    public static AgreementKind KindOf(MatchField field, string level) =>
        All[field].First(l => l.Level == level).Kind;
}
