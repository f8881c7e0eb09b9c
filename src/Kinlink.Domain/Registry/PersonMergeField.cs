using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>One single-valued field a merge filled or found in conflict, with both values as they were.</summary>
public sealed class PersonMergeField
{
    private PersonMergeField()
    {
    }

    public Guid Id { get; private set; }

    public PersonMergeId MergeId { get; private set; }

    /// <summary>The field's name as the import columns spell it (date_of_birth, service_number…).</summary>
    public string Field { get; private set; } = "";

    public PersonMergeFieldOutcome Outcome { get; private set; }

    /// <summary>The survivor's value before the merge; null when it had none.</summary>
    public string? SurvivorValue { get; private set; }

    public string? AbsorbedValue { get; private set; }

    internal static PersonMergeField Create(PersonMergeId mergeId, string field, PersonMergeFieldOutcome outcome, string? survivorValue, string? absorbedValue) =>
        new() { Id = Guid.CreateVersion7(), MergeId = mergeId, Field = field, Outcome = outcome, SurvivorValue = survivorValue, AbsorbedValue = absorbedValue };
}
