namespace Kinlink.Data.Exchanges;

/// <summary>A proposal for the mixed medical commission: for whom, on which art. 110 grounds (code), the injury or disease, who proposed it and when (yyyy-mm-dd).</summary>
public sealed record MedicalCaseInput
{
    public string? Person { get; init; }

    public string? Grounds { get; init; }

    public string? Diagnosis { get; init; }

    public string? ProposedBy { get; init; }

    public string? ProposedOn { get; init; }
}
