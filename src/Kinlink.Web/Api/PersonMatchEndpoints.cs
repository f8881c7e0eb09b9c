using System.Globalization;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.Matching;
using Kinlink.Domain.Common;
using Kinlink.Matching.Scoring;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>The name search: a whole name in any order and script, ranked by the matching engine with an explanation per field.</summary>
internal static class PersonMatchEndpoints
{
    public static IEndpointRouteBuilder MapPersonMatchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/persons/search", Search).WithTags("Persons").RequireAuthorization(Policies.RegistryRead);
        return app;
    }

    private static async Task<Ok<PersonMatchResponse>> Search(PersonMatchSearch service, HttpContext http, string? q, string? dob, string? sex, string? top, CancellationToken ct)
    {
        var result = await service.SearchAsync(new PersonMatchQuery(q, dob, sex, ParseTop(top)), http.Actor(), ct);
        return TypedResults.Ok(new PersonMatchResponse(result.Items.Select(ToDto).ToList(), result.ModelVersion, result.Prior, result.CandidatesScored));
    }

    /// <summary>Reads top itself, so that "top=ten" gets the same ProblemDetails naming the field as "top=0".</summary>
    internal static int? ParseTop(string? top) =>
        string.IsNullOrWhiteSpace(top) ? null
        : int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ValidationFailedException("top", $"\"{top}\" is not a number: top is how many candidates to show, 1 to {PersonMatchSearch.MaxTop}.");

    internal static PersonMatchDto ToDto(PersonMatch match)
    {
        var p = match.Person;
        return new PersonMatchDto(
            p.Id.Value, p.Reference, match.NotificationOnly ? "notification" : "full", p.Surname, p.GivenName, p.Patronymic, p.NameLatin, p.DateOfBirth,
            match.PlaceOfBirth, p.PlaceCode, RegistryCodes.Of(p.Status), Math.Round(match.Score, 2), BucketCode(match.Bucket), Math.Round(match.Probability, 4),
            match.Explanation.Select(e => new MatchExplanationDto(FieldCode(e.Field), e.Level, KindCode(e.Kind), Math.Round(e.Weight, 2), e.Text)).ToList());
    }

    internal static string BucketCode(MatchBucket bucket) => bucket switch
    {
        MatchBucket.Likely => "likely",
        MatchBucket.Possible => "possible",
    };

    private static string FieldCode(MatchField field) => field switch
    {
        MatchField.Surname => "surname",
        MatchField.GivenName => "given_name",
        MatchField.Patronymic => "patronymic",
        MatchField.DateOfBirth => "date_of_birth",
        MatchField.Sex => "sex",
        MatchField.PlaceOfBirth => "place_of_birth",
        MatchField.NameOrder => "name_order",
    };

    private static string KindCode(AgreementKind kind) => kind switch
    {
        AgreementKind.Exact => "exact",
        AgreementKind.Equivalent => "equivalent",
        AgreementKind.Close => "close",
        AgreementKind.Different => "different",
        AgreementKind.Missing => "missing",
    };
}
