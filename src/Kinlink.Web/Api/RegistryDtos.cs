using System.Text.Json.Serialization;
using Kinlink.Data.Registry;
using Kinlink.Domain.Registry;

namespace Kinlink.Web.Api;

// The JSON shapes of the registry API. They are records of plain values so the OpenAPI document
// describes exactly what a client receives.
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record PartyDto(string Code, string Name, string Kind);

public sealed record PlaceDto(
    Guid Id, string Code, string Name, string NameLatin, string Kind, string HoldingParty, string Region, string Address,
    double? Latitude, double? Longitude, int? Capacity, bool IsOpen, int? HeldNow, int Version);

public sealed record PersonSummaryDto(
    Guid Id, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin, string? DateOfBirth,
    string Category, string? DependsOn, string Status, string? StatusSince, string? Place, int Version);

public sealed record NameFormDto(string Surname, string GivenName, string Patronymic, string Script, string Source, DateTimeOffset RecordedAt);

// A party reading its national held by the other side gets only the notification data (access "notification"):
// the fields below that are marked WhenWritingNull are then left out of the answer altogether.
public sealed record StatusEventDto(
    Guid Id, string Kind, string Date, string? Place, string? FromPlace, string Condition, bool SeriouslyIllOrWounded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RecordedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? RecordedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsCorrection);

public sealed record PersonDto(
    Guid Id, string Reference, string Access, string Category, string Surname, string GivenName, string Patronymic, string NameLatin, string Sex,
    string? DateOfBirth, string DateOfBirthPrecision, string PlaceOfBirth, string Rank, string? ServiceNumber, string? DependsOn,
    string FatherName, string MotherMaidenName, string InformName, string InformAddress, string CorrespondenceAddress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Languages,
    string Status, string? StatusSince, string? CurrentPlace, bool SeriouslyIllOrWounded, string? LastHealthNews,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<NameFormDto>? NameForms,
    IReadOnlyList<StatusEventDto> Timeline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MergedInto = null);

public sealed record PersonWriteRequest(PersonInput Person, int? Version);

public sealed record StatusEventWriteRequest(StatusEventInput Event, int? Version);

public sealed record PlaceWriteRequest(PlaceInput Place, int? Version);

public sealed record ImportDto(
    Guid? Id, string FileName, string Source, string Party, int RowsTotal, int RowsAccepted, int RowsRejected,
    int PersonsCreated, int PersonsUpdated, int EventsAdded, IReadOnlyList<ImportRowError> Errors);

public sealed record SourceListDto(
    Guid Id, string Label, string FileName, string? Party, DateTimeOffset ImportedAt, string ImportedBy,
    int RowsTotal, int RowsAccepted, int RowsRejected, int PersonsCreated, int PersonsUpdated, int EventsAdded);

internal static class RegistryDtoMapping
{
    public static PersonSummaryDto ToDto(this PersonSummary p) => new(
        p.Id.Value, p.Reference, p.Surname, p.GivenName, p.Patronymic, p.NameLatin, p.DateOfBirth,
        RegistryCodes.Of(p.Category), p.DependsOnPartyCode, RegistryCodes.Of(p.Status), p.StatusSince, p.PlaceCode, p.Version);

    public static PlaceDto ToDto(this PlaceSummary p) => new(
        p.Id.Value, p.Code, p.Name, p.NameLatin, RegistryCodes.Of(p.Kind), p.HoldingPartyCode, p.Region, "", null, null, p.Capacity, p.IsOpen, p.HeldNow, p.Version);

    public static PlaceDto ToDto(this PlaceOfDetention p, string holdingPartyCode, int? heldNow) => new(
        p.Id.Value, p.Code, p.Name, p.NameLatin, RegistryCodes.Of(p.Kind), holdingPartyCode, p.Region, p.Address, p.Latitude, p.Longitude, p.Capacity, p.IsOpen, heldNow, p.Version);

    public static PersonDto ToDto(this PersonRecord r)
    {
        var n = r.Notification;
        var full = r.Person;
        var events = full is null
            ? n.Events.Select(e => new StatusEventDto(
                e.Id.Value, RegistryCodes.Of(e.Kind), e.Date.ToString(), r.PlaceOf(e.PlaceId)?.Code, r.PlaceOf(e.FromPlaceId)?.Code, e.Condition,
                e.SeriouslyIllOrWounded, null, null, null, null, null)).ToList()
            : r.Timeline.Select(e => new StatusEventDto(
                e.Id.Value, RegistryCodes.Of(e.Kind), e.Date.ToString(), r.PlaceOf(e.PlaceId)?.Code, r.PlaceOf(e.FromPlaceId)?.Code, e.Condition,
                e.SeriouslyIllOrWounded, e.Note, e.SourceLabel, e.RecordedBy, e.RecordedAt, e.IsCorrection)).ToList();
        return new PersonDto(
            n.Id.Value, n.Reference, AccessCode(r.Access), RegistryCodes.Of(n.Category), n.Surname, n.GivenName, n.Patronymic, PersonService.LatinReading(n.FullName),
            RegistryCodes.Of(n.Sex), n.DateOfBirth?.ToString(), (n.DateOfBirth?.Precision ?? Domain.Common.DatePrecision.Unknown).ToString().ToLowerInvariant(),
            n.PlaceOfBirth, n.Rank, n.ServiceNumber, r.DependsOn?.Code, n.FatherName, n.MotherMaidenName, n.InformName, n.InformAddress,
            n.CorrespondenceAddress, full?.Languages, RegistryCodes.Of(n.Status), n.StatusSince?.ToString(), r.CurrentPlace?.Code,
            n.SeriouslyIllOrWounded, n.LastHealthNews?.ToString(),
            full?.NameForms.OrderBy(f => f.RecordedAt).Select(f => new NameFormDto(f.Surname, f.GivenName, f.Patronymic, f.Script.ToString().ToLowerInvariant(), f.SourceLabel, f.RecordedAt)).ToList(),
            events,
            full?.Version,
            r.MergedIntoReference);
    }

    public static string AccessCode(PersonAccess access) => access switch
    {
        PersonAccess.Full => "full",
        PersonAccess.NotificationOnly => "notification",
    };

    public static ImportDto ToDto(this ImportReport r) => new(
        r.SourceListId?.Value, r.FileName, r.Source, r.PartyCode, r.RowsTotal, r.RowsAccepted, r.RowsRejected, r.PersonsCreated, r.PersonsUpdated, r.EventsAdded, Presentation.MessageTranslator.InReadersLanguage(r.Errors));

    public static SourceListDto ToDto(this SourceList s, IReadOnlyDictionary<Domain.Common.PartyId, string> partyCodes) => new(
        s.Id.Value, s.Label, s.FileName, s.PartyId is { } party ? partyCodes.GetValueOrDefault(party) : null, s.ImportedAt, s.ImportedBy,
        s.RowsTotal, s.RowsAccepted, s.RowsRejected, s.PersonsCreated, s.PersonsUpdated, s.EventsAdded);

    public static PagedResponse<TOut> Map<TIn, TOut>(this PagedResult<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.Page, page.PageSize);
}
