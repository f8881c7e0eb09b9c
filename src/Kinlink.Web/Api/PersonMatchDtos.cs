namespace Kinlink.Web.Api;

// The JSON shapes of the name search (GET /api/persons/search).
public sealed record PersonMatchResponse(IReadOnlyList<PersonMatchDto> Items, string ModelVersion, string Prior, int CandidatesScored);

public sealed record PersonMatchDto(
    Guid Id, string Reference, string Access, string Surname, string GivenName, string Patronymic, string NameLatin, string? DateOfBirth,
    string PlaceOfBirth, string? Place, string Status, double Score, string Bucket, double Probability, IReadOnlyList<MatchExplanationDto> Explanation);

/// <param name="Weight">Evidence in bits: positive for the match, negative against it, zero when the field is missing on a side.</param>
public sealed record MatchExplanationDto(string Field, string Level, string Kind, double Weight, string Text);
