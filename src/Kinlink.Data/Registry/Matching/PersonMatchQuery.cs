using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry.Matching;

/// <summary>A search for a person by a whole name, as typed: <paramref name="Q"/> in any order and script.</summary>
/// <param name="Dob">Date of birth as YYYY, YYYY-MM or YYYY-MM-DD, or empty.</param>
/// <param name="Sex">M, F or empty.</param>
/// <param name="Top">How many candidates at most, 1 to 100; 10 when not given.</param>
/// <param name="Party">Only persons depending on this party (code), as the persons list filters.</param>
/// <param name="HeldBy">Only persons held now by this party (code).</param>
/// <param name="Status">Only persons of this status.</param>
/// <param name="Place">Only persons held now at this place of detention (code).</param>
public sealed record PersonMatchQuery(
    string? Q,
    string? Dob = null,
    string? Sex = null,
    int? Top = null,
    string? Party = null,
    string? HeldBy = null,
    PersonStatus? Status = null,
    string? Place = null);
