using Kinlink.Matching.Engine;
using Kinlink.Matching.Names;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Evaluation;

/// <summary>
/// Estimates m and u from labelled pairs: m from each enquiry and its true record, u from random
/// enquiry–record pairs (almost all of different persons). Counts are taken over pairs where the
/// field is present on both sides, since a missing field weighs nothing, and smoothed by adding
/// one half to every level. Which order of surname and given name a pair is read in is decided by
/// the scorer with the previous model, so training runs twice from a starting model.
/// </summary>
public static class ModelTrainer
{
    private const double Smoothing = 0.5;

    /// <summary>
    /// Fewer true pairs than this on an agreeing level and the level gets no weight (m = u): no
    /// evidence, no weight. A disagreeing level keeps its (floored) m, since disagreement rarely seen
    /// among true pairs is exactly what makes it evidence against.
    /// </summary>
    private const int MinimumObservations = 10;

    /// <summary>
    /// The least m of any level: slips the training data never shows (a clerk's wrong sex, a
    /// wholly wrong date) still happen, and must cost a true pair heavily, not infinitely.
    /// </summary>
    private const double MinimumM = 0.005;

    /// <param name="sets">Labelled sets to count on; never the sets the model is evaluated on.</param>
    /// <param name="randomPairsPerSet">Random pairs per set for u.</param>
    public static MatchModel Train(
        IReadOnlyList<(string Name, LabelledSet Set)> sets,
        MatchModel start,
        string version,
        int randomPairsPerSet,
        int seed,
        double likelyThreshold,
        double likelyMargin,
        double possibleThreshold)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(start);
        var model = start;
        for (var round = 0; round < 2; round++)
        {
            var matches = NewCounts();
            var nonMatches = NewCounts();
            var random = new Random(seed);
            foreach (var (_, set) in sets)
            {
                var registry = set.Registry.Select(PreparedRecord.From).ToArray();
                var byId = registry.Select((r, i) => (r.Source.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
                var scorer = new MatchScorer(model, new RegistryFrequencies(registry));
                var queries = set.Queries.Select(PreparedRecord.From).ToArray();
                foreach (var query in queries)
                {
                    if (set.Truth.GetValueOrDefault(query.Source.Id) is { } truth)
                    {
                        Count(matches, scorer.Score(query, registry[byId[truth]]));
                    }
                }

                for (var i = 0; i < randomPairsPerSet; i++)
                {
                    var query = queries[random.Next(queries.Length)];
                    var record = registry[random.Next(registry.Length)];
                    if (set.Truth.GetValueOrDefault(query.Source.Id) != record.Source.Id)
                    {
                        Count(nonMatches, scorer.Score(query, record));
                    }
                }
            }

            model = Build(matches, nonMatches, version, string.Join(", ", sets.Select(s => s.Name)), likelyThreshold, likelyMargin, possibleThreshold, start.PriorInRegistry);
        }

        return model;
    }

    private static Dictionary<MatchField, Dictionary<string, double>> NewCounts() =>
        FieldLevels.All.ToDictionary(f => f.Key, f => f.Value.ToDictionary(l => l.Level, _ => 0.0, StringComparer.Ordinal));

    private static void Count(Dictionary<MatchField, Dictionary<string, double>> counts, ScoredPair pair)
    {
        foreach (var line in pair.Explanation)
        {
            counts[line.Field][line.Level]++;
        }
    }

    private static MatchModel Build(
        Dictionary<MatchField, Dictionary<string, double>> matches,
        Dictionary<MatchField, Dictionary<string, double>> nonMatches,
        string version,
        string trainedOn,
        double likelyThreshold,
        double likelyMargin,
        double possibleThreshold,
        double priorInRegistry)
    {
        var fields = new Dictionary<MatchField, Dictionary<string, LevelProbabilities>>();
        foreach (var (field, levels) in FieldLevels.All)
        {
            var present = levels.Where(l => l.Kind != AgreementKind.Missing).Select(l => l.Level).ToList();
            var matchTotal = present.Sum(l => matches[field][l]) + (Smoothing * present.Count);
            var nonMatchTotal = present.Sum(l => nonMatches[field][l]) + (Smoothing * present.Count);
            var probabilities = new Dictionary<string, LevelProbabilities>(StringComparer.Ordinal);
            foreach (var (level, kind) in levels)
            {
                if (kind == AgreementKind.Missing)
                {
                    probabilities[level] = new LevelProbabilities(1, 1);
                    continue;
                }

                var m = Math.Max(MinimumM, (matches[field][level] + Smoothing) / matchTotal);

                // The order the names were read in says nothing about two different persons; see FieldLevels.
                var u = field == MatchField.NameOrder ? 1.0 / present.Count : (nonMatches[field][level] + Smoothing) / nonMatchTotal;
                if (matches[field][level] < MinimumObservations && kind != AgreementKind.Different)
                {
                    u = m;
                }

                probabilities[level] = new LevelProbabilities(Math.Round(m, 8), Math.Round(u, 8));
            }

            fields[field] = probabilities;
        }

        return new MatchModel
        {
            Version = version,
            Method = "m counted on the true pairs of labelled sets, u on random pairs of the same sets; per field over pairs where both sides give it; "
                + "add-one-half smoothing, m at least 0.005, and m = u on agreeing levels seen in fewer than 10 true pairs; surname and given-name agreement weighted by the value's frequency in the registry searched",
            TrainedOn = trainedOn,
            NameTable = GivenNames.TableVersion,
            PriorInRegistry = priorInRegistry,
            LikelyThreshold = likelyThreshold,
            LikelyMargin = likelyMargin,
            PossibleThreshold = possibleThreshold,
            Fields = fields,
        };
    }
}
