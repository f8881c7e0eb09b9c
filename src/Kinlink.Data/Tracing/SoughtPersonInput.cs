namespace Kinlink.Data.Tracing;

/// <summary>The person sought: the registry's fields (sex M, F or empty; <see cref="DependsOn"/> a party code), and either a date of birth or an approximate age.</summary>
public sealed record SoughtPersonInput
{
    public string? Surname { get; init; }
    public string? GivenName { get; init; }
    public string? Patronymic { get; init; }
    public string? Sex { get; init; }
    public string? DateOfBirth { get; init; }
    public ApproximateAgeInput? ApproximateAge { get; init; }
    public string? PlaceOfBirth { get; init; }
    public string? MilitaryUnit { get; init; }
    public string? ServiceNumber { get; init; }
    public string? DependsOn { get; init; }
}
