using System.Globalization;
using Kinlink.Matching.Engine;

namespace Kinlink.Matching.Scoring;

/// <summary>
/// Fellegi–Sunter scoring of one enquiry against one record: the prior log-odds plus, per field,
/// log2(m/u) of the level the field reached. Surname and given-name agreement use the value's
/// frequency in the registry as u. Both name orders are tried and the better one is kept.
/// </summary>
public sealed class MatchScorer
{
    private readonly IRegistryFrequencies _frequencies;
    private readonly double _priorWeight;
    private readonly bool _tellsCounts = true;

    public MatchScorer(MatchModel model, IRegistryFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(frequencies);
        Model = model;
        _frequencies = frequencies;
        var records = Math.Max(1, frequencies.RecordCount);
        var prior = model.PriorInRegistry / records;
        _priorWeight = Math.Log2(prior / (1 - prior));
    }

    private MatchScorer(MatchScorer weighing)
    {
        Model = weighing.Model;
        _frequencies = weighing._frequencies;
        _priorWeight = weighing._priorWeight;
        _tellsCounts = false;
    }

    public MatchModel Model { get; }

    /// <summary>
    /// The same weights, explained without the registry's counts (how many persons it holds, how many share a
    /// name): for a reader who may see only part of the registry, to whom the counts would tell of the rest.
    /// </summary>
    public MatchScorer WithoutCounts() => new(this);

    /// <summary>The prior in bits: one record out of the registry, times the chance the person is in it.</summary>
    public double PriorWeight => _priorWeight;

    /// <summary>How many records the prior counts, or null when this scorer explains without the registry's counts.</summary>
    public int? RecordCountTold => _tellsCounts ? _frequencies.RecordCount : null;

    /// <summary>The score with its explanation, one line per field.</summary>
    public ScoredPair Score(PreparedRecord query, PreparedRecord record) => Evaluate(query, record, explain: true);

    /// <summary>The score alone, without building the explanation's text: for ranking many candidates.</summary>
    /// <remarks>
    /// Adds the same weights in the same order as <see cref="Score"/>, so both give the very same double;
    /// only the levels are found, without allocating explanation lines.
    /// </remarks>
    public double ScoreOnly(PreparedRecord query, PreparedRecord record)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(record);
        var bestWeight = 0.0;
        bestWeight += WeightOf(MatchField.Surname, FieldComparer.SurnameLevel(query.Surname, record.Surname));
        bestWeight += WeightOf(MatchField.GivenName, FieldComparer.GivenNameLevel(query.GivenName, query.GivenClasses, record.GivenName, record.GivenClasses));
        bestWeight += WeightOf(MatchField.NameOrder, FieldComparer.NameOrderLevel(swapped: false));
        if (query.Surname.Count > 0 && query.GivenName.Count > 0 && record.Surname.Count > 0 && record.GivenName.Count > 0)
        {
            var swappedWeight = 0.0;
            swappedWeight += WeightOf(MatchField.Surname, FieldComparer.SurnameLevel(query.GivenName, record.Surname));
            swappedWeight += WeightOf(MatchField.GivenName, FieldComparer.GivenNameLevel(query.Surname, query.SurnameFieldClasses, record.GivenName, record.GivenClasses));
            swappedWeight += WeightOf(MatchField.NameOrder, FieldComparer.NameOrderLevel(swapped: true));
            if (swappedWeight > bestWeight)
            {
                bestWeight = swappedWeight;
            }
        }

        var sharedWeight = 0.0;
        sharedWeight += WeightOf(MatchField.Patronymic, FieldComparer.PatronymicLevel(query, record));
        sharedWeight += WeightOf(MatchField.DateOfBirth, FieldComparer.DateOfBirthLevel(query.DateOfBirth, record.DateOfBirth));
        sharedWeight += WeightOf(MatchField.Sex, FieldComparer.SexLevel(query, record));
        sharedWeight += WeightOf(MatchField.PlaceOfBirth, FieldComparer.PlaceOfBirthLevel(query, record));
        return _priorWeight + bestWeight + sharedWeight;
    }

    private ScoredPair Evaluate(PreparedRecord query, PreparedRecord record, bool explain)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(record);
        var shared = new[]
        {
            FieldComparer.Patronymic(query, record),
            FieldComparer.DateOfBirth(query.DateOfBirth, record.DateOfBirth),
            FieldComparer.Sex(query, record),
            FieldComparer.PlaceOfBirth(query, record),
        };

        var asGiven = new[]
        {
            FieldComparer.Surname(query.Surname, record.Surname),
            FieldComparer.GivenName(query.GivenName, query.GivenClasses, record.GivenName, record.GivenClasses),
            FieldComparer.NameOrder(swapped: false),
        };
        var best = Weigh(asGiven, explain, out var bestWeight);

        if (query.Surname.Count > 0 && query.GivenName.Count > 0 && record.Surname.Count > 0 && record.GivenName.Count > 0)
        {
            var swapped = new[]
            {
                FieldComparer.Surname(query.GivenName, record.Surname),
                FieldComparer.GivenName(query.Surname, query.SurnameFieldClasses, record.GivenName, record.GivenClasses),
                FieldComparer.NameOrder(swapped: true),
            };
            var swappedWeighed = Weigh(swapped, explain, out var swappedWeight);
            if (swappedWeight > bestWeight)
            {
                (best, bestWeight) = (swappedWeighed, swappedWeight);
            }
        }

        var explanation = new List<FieldExplanation>(8);
        explanation.AddRange(best);
        explanation.AddRange(Weigh(shared, explain, out var sharedWeight));
        var score = _priorWeight + bestWeight + sharedWeight;
        explanation.Sort((a, b) => a.Field.CompareTo(b.Field));
        return new ScoredPair(score, explanation);
    }

    /// <summary>The prior as an explanation line, for showing under the fields.</summary>
    public string PriorText() => _tellsCounts
        ? string.Create(CultureInfo.InvariantCulture,
            $"prior: one record among {_frequencies.RecordCount:N0}, the person in the registry with chance {Model.PriorInRegistry:0.##} ({_priorWeight:+0.0;-0.0} bits)")
        : string.Create(CultureInfo.InvariantCulture,
            $"prior: one record of the registry, the person in it with chance {Model.PriorInRegistry:0.##} ({_priorWeight:+0.0;-0.0} bits)");

    private List<FieldExplanation> Weigh(FieldComparison[] comparisons, bool explain, out double total)
    {
        var lines = new List<FieldExplanation>(comparisons.Length);
        total = 0;
        foreach (var comparison in comparisons)
        {
            var weight = WeightOf(comparison, explain, out var frequencyNote);
            total += weight;
            var text = !explain ? "" : string.Create(CultureInfo.InvariantCulture,
                $"{FieldName(comparison.Field)}: {comparison.Reason}{frequencyNote} ({weight:+0.0;-0.0;0.0})");
            lines.Add(new FieldExplanation(comparison.Field, comparison.Level, comparison.Kind, weight, text));
        }

        return lines;
    }

    private double WeightOf(MatchField field, FieldOutcome outcome) =>
        WeightOf(field, outcome.Level, outcome.Kind, outcome.FrequencyKey, explain: false, out _);

    private double WeightOf(FieldComparison comparison, bool explain, out string frequencyNote) =>
        WeightOf(comparison.Field, comparison.Level, comparison.Kind, comparison.FrequencyKey, explain, out frequencyNote);

    private double WeightOf(MatchField field, string level, AgreementKind kind, string? frequencyKey, bool explain, out string frequencyNote)
    {
        frequencyNote = "";
        if (kind == AgreementKind.Missing)
        {
            return 0;
        }

        var p = Model.Probabilities(field, level);
        if (frequencyKey is not { } key || _frequencies.RecordCount == 0)
        {
            return Math.Log2(p.M / p.U);
        }

        var count = field == MatchField.Surname ? _frequencies.SurnameCount(key) : _frequencies.GivenNameCount(key);
        var u = Math.Max(Model.MinimumFrequencyU, Math.Max(1, count) / (double)_frequencies.RecordCount);
        if (explain && count > 1 && _tellsCounts)
        {
            frequencyNote = string.Create(CultureInfo.InvariantCulture, $"; {count:N0} records in the registry share it");
        }

        return Math.Log2(p.M / u);
    }

    private static string FieldName(MatchField field) => field switch
    {
        MatchField.Surname => "surname",
        MatchField.GivenName => "given name",
        MatchField.Patronymic => "patronymic",
        MatchField.DateOfBirth => "date of birth",
        MatchField.Sex => "sex",
        MatchField.PlaceOfBirth => "place of birth",
        MatchField.NameOrder => "name order",
    };
}
