using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Domain.Registry;

namespace Kinlink.Web.Api;

// The JSON shapes of the duplicates API: pairs, their comparison, merges and splits.
public sealed record DuplicatePairDto(
    Guid Id, string Bucket, double Score, string ModelVersion, DateTimeOffset FoundAt, string State,
    string? DecidedBy, DateTimeOffset? DecidedAt, string Reason, Guid? MergeId, int Version,
    PersonSummaryDto First, PersonSummaryDto Second);

public sealed record DuplicateComparisonDto(
    DuplicatePairDto Pair, double Score, IReadOnlyList<string> Explanation, string Prior,
    string FirstNameCompared, string SecondNameCompared, string ProposedSurvivor, PersonMergeDto? Merge);

public sealed record PersonMergeFieldDto(string Field, string Outcome, string? SurvivorValue, string? AbsorbedValue);

public sealed record PersonMergeDto(
    Guid Id, Guid SurvivorId, Guid AbsorbedId, DateTimeOffset MergedAt, string MergedBy, string Reason,
    DateTimeOffset? SplitAt, string? SplitBy, int RowsMoved, IReadOnlyList<PersonMergeFieldDto> Fields);

public sealed record MergeRequest(string? Survivor, string? Reason, int? Version);

public sealed record DismissRequest(string? Reason, int? Version);

public sealed record SplitRequest(string? Reason);

internal static class DuplicateDtoMapping
{
    public static string Code(this DuplicatePairState state) => state switch
    {
        DuplicatePairState.Open => "open",
        DuplicatePairState.Merged => "merged",
        DuplicatePairState.Dismissed => "dismissed",
    };

    public static DuplicatePairState ParseState(string? state) => (state ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "open" => DuplicatePairState.Open,
        "merged" => DuplicatePairState.Merged,
        "dismissed" => DuplicatePairState.Dismissed,
        _ => throw new Domain.Common.ValidationFailedException("state", $"'{state}' is not a state of a pair: use open, merged or dismissed."),
    };

    public static DuplicatePairDto ToDto(this DuplicatePair p, PersonSummary first, PersonSummary second) => new(
        p.Id.Value, p.Bucket.ToString().ToLowerInvariant(), Math.Round(p.Score, 2), p.ModelVersion, p.FoundAt, p.State.Code(),
        p.DecidedBy, p.DecidedAt, p.Reason, p.MergeId?.Value, p.Version, first.ToDto(), second.ToDto());

    public static DuplicatePairDto ToDto(this DuplicatePairSummary s) => s.Pair.ToDto(s.First, s.Second);

    public static DuplicateComparisonDto ToDto(this DuplicatePairView v) => new(
        new DuplicatePairDto(
            v.Pair.Id.Value, v.Pair.Bucket.ToString().ToLowerInvariant(), Math.Round(v.Pair.Score, 2), v.Pair.ModelVersion, v.Pair.FoundAt, v.Pair.State.Code(),
            v.Pair.DecidedBy, v.Pair.DecidedAt, v.Pair.Reason, v.Pair.MergeId?.Value, v.Pair.Version, Summary(v.First), Summary(v.Second)),
        double.IsNaN(v.Score) ? 0 : Math.Round(v.Score, 2), v.Explanation, v.Prior, v.FirstFormCompared, v.SecondFormCompared,
        v.ProposedSurvivorId == v.First.Person.Id ? v.First.Person.Reference.Value : v.Second.Person.Reference.Value,
        v.Merge?.ToDto());

    private static PersonSummaryDto Summary(DuplicateSide side)
    {
        var p = side.Person;
        return new PersonSummaryDto(
            p.Id.Value, p.Reference.Value, p.Surname, p.GivenName, p.Patronymic, PersonService.LatinReading(p.FullName), p.DateOfBirth?.ToString(),
            RegistryCodes.Of(p.Category), side.DependsOnPartyCode, RegistryCodes.Of(p.CurrentStatus), p.StatusSince?.ToString(), side.PlaceOf(p.CurrentPlaceId)?.Code, p.Version);
    }

    public static PersonMergeDto ToDto(this PersonMerge m) => new(
        m.Id.Value, m.SurvivorId.Value, m.AbsorbedId.Value, m.MergedAt, m.MergedBy, m.Reason, m.SplitAt, m.SplitBy, m.Rows.Count,
        m.Fields.Select(f => new PersonMergeFieldDto(f.Field, f.Outcome.ToString().ToLowerInvariant(), f.SurvivorValue, f.AbsorbedValue)).ToList());
}
