namespace Kinlink.Data.Registry;

/// <summary>
/// A person as a form, an API body or a list row gives it: plain text, validated in one place by
/// <see cref="PersonInputReader"/>. Codes: category <c>pow</c> or <c>internee</c>; sex <c>M</c>, <c>F</c> or empty;
/// dates <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; <see cref="DependsOn"/> a party code.
/// </summary>
public sealed record PersonInput
{
    public string? Category { get; init; }
    public string? Surname { get; init; }
    public string? GivenName { get; init; }
    public string? Patronymic { get; init; }
    public string? Sex { get; init; }
    public string? DateOfBirth { get; init; }
    public string? PlaceOfBirth { get; init; }
    public string? Rank { get; init; }
    public string? ServiceNumber { get; init; }
    public string? DependsOn { get; init; }
    public string? FatherName { get; init; }
    public string? MotherMaidenName { get; init; }
    public string? InformName { get; init; }
    public string? InformAddress { get; init; }
    public string? CorrespondenceAddress { get; init; }
    public string? Languages { get; init; }
}
