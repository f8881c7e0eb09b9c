namespace Kinlink.Matching.Scoring;

/// <summary>How one field of an enquiry compares with the same field of a record, before weighting.</summary>
/// <param name="Level">The level code within the field, as in the model file (exact, gender-form, diminutive...).</param>
/// <param name="DescribeReason">Plain words saying why this level was chosen, with both values; built only when an explanation is shown.</param>
/// <param name="FrequencyKey">For term-frequency weighting: the value whose frequency in the registry sets u, or null.</param>
public sealed record FieldComparison(MatchField Field, string Level, AgreementKind Kind, Func<string> DescribeReason, string? FrequencyKey = null)
{
    public string Reason => DescribeReason();
}
