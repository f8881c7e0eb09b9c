namespace Kinlink.Data.Exchanges;

/// <summary>
/// One step of a medical case, with the version read: the wish from a private interview (<see cref="Wish"/>,
/// <see cref="HeldInPrivate"/>), the commission's decision (<see cref="ExaminedOn"/>, <see cref="ExaminationPlace"/>,
/// <see cref="Decision"/>, <see cref="DecisionNote"/>, <see cref="DecisionCommunicatedOn"/>), its execution
/// (<see cref="CarriedOutOn"/>) or closing (<see cref="Note"/>). Each step reads only its own fields.
/// </summary>
public sealed record MedicalCaseStepInput
{
    public string? Wish { get; init; }

    public bool HeldInPrivate { get; init; }

    public string? ExaminedOn { get; init; }

    public string? ExaminationPlace { get; init; }

    public string? Decision { get; init; }

    public string? DecisionNote { get; init; }

    public string? DecisionCommunicatedOn { get; init; }

    public string? CarriedOutOn { get; init; }

    public string? Note { get; init; }

    public int? Version { get; init; }
}
