namespace Kinlink.Data.Registry.Matching;

/// <summary>A search for a person by a whole name, as typed: <paramref name="Q"/> in any order and script.</summary>
/// <param name="Dob">Date of birth as YYYY, YYYY-MM or YYYY-MM-DD, or empty.</param>
/// <param name="Sex">M, F or empty.</param>
/// <param name="Top">How many candidates at most, 1 to 100; 10 when not given.</param>
public sealed record PersonMatchQuery(string? Q, string? Dob = null, string? Sex = null, int? Top = null);
