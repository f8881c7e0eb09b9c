using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinlink.Matching.Scoring;

/// <summary>
/// The Fellegi–Sunter parameters: m and u per field level, the prior and the bucket thresholds.
/// Kept as a versioned JSON file embedded in the library (Scoring/match-model.json) and made by
/// <c>kinlink eval train</c>; every candidate carries the version that scored it.
/// </summary>
public sealed class MatchModel
{
    private const string ResourceName = "Kinlink.Matching.Scoring.match-model.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        Converters = { new JsonStringEnumConverter() },

        // The file is read by people reviewing a model change; Cyrillic and apostrophes stay as written.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<MatchModel> Embedded = new(LoadEmbedded);

    public required string Version { get; init; }

    /// <summary>How m and u were estimated, in words.</summary>
    public required string Method { get; init; }

    public required string TrainedOn { get; init; }

    /// <summary>The version of the name table the levels were counted with.</summary>
    public required string NameTable { get; init; }

    /// <summary>The chance that an enquiry's person is in the registry at all; with the registry size it sets the prior.</summary>
    public double PriorInRegistry { get; init; } = 0.5;

    /// <summary>Lowest score (bits) for <see cref="MatchBucket.Likely"/>.</summary>
    public double LikelyThreshold { get; init; }

    /// <summary>How far (bits) a likely candidate must be ahead of the next one.</summary>
    public double LikelyMargin { get; init; }

    /// <summary>Lowest score (bits) for a candidate to be proposed at all.</summary>
    public double PossibleThreshold { get; init; }

    /// <summary>Lower bound of a term-frequency u, so a value seen once in a small registry does not dominate.</summary>
    public double MinimumFrequencyU { get; init; } = 1e-6;

    public required Dictionary<MatchField, Dictionary<string, LevelProbabilities>> Fields { get; init; }

    /// <summary>The model embedded in this library.</summary>
    public static MatchModel Default => Embedded.Value;

    public LevelProbabilities Probabilities(MatchField field, string level) =>
        Fields.TryGetValue(field, out var levels) && levels.TryGetValue(level, out var p)
            ? p
            : throw new InvalidOperationException($"The match model {Version} has no m/u for {field} level {level}.");

    public double Weight(MatchField field, string level)
    {
        var p = Probabilities(field, level);
        return Math.Log2(p.M / p.U);
    }

    public static MatchModel Load(Stream json)
    {
        var model = JsonSerializer.Deserialize<MatchModel>(json, JsonOptions)
            ?? throw new InvalidOperationException("The match model file is empty.");
        model.Validate();
        return model;
    }

    public void Save(Stream json) => JsonSerializer.Serialize(json, this, JsonOptions);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private void Validate()
    {
        foreach (var (field, levels) in FieldLevels.All)
        {
            foreach (var (level, _) in levels)
            {
                var p = Probabilities(field, level);
                if (p.M is <= 0 or > 1 || p.U is <= 0 or > 1)
                {
                    throw new InvalidOperationException($"The match model {Version} has m={p.M}, u={p.U} for {field} {level}; both must be in (0, 1].");
                }
            }
        }
    }

    private static MatchModel LoadEmbedded()
    {
        using var stream = typeof(MatchModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded match model {ResourceName} is missing.");
        return Load(stream);
    }
}
