namespace Kinlink.Matching.Scoring;

/// <summary>
/// m: how often a true pair shows this level; u: how often a pair of different persons does.
/// The level's weight is log2(m/u).
/// </summary>
public sealed record LevelProbabilities(double M, double U);
