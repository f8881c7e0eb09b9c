using Kinlink.Matching.Engine;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Scoring;

/// <summary>
/// The level a field reached and what its explanation will name, without the words: ranking many
/// candidates needs only the level, so the reason is written later, and only for those shown.
/// </summary>
/// <param name="Query">The enquiry's reading the reason names, for name fields.</param>
/// <param name="Record">The record's reading the reason names, for name fields.</param>
/// <param name="Class">The name class the reason names (same-name, diminutive, same-father).</param>
internal readonly record struct FieldOutcome(
    string Level,
    AgreementKind Kind,
    string? FrequencyKey = null,
    NameReading? Query = null,
    NameReading? Record = null,
    double Similarity = 0,
    GivenNameClass? Class = null)
{
    public static readonly FieldOutcome Missing = new("missing", AgreementKind.Missing);
}
