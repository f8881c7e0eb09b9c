using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.Api;

/// <summary>The registry API: parties, places, persons and their events, imports. Handlers parse and present; services decide.</summary>
internal static class RegistryEndpoints
{
    /// <summary>Upload limit for a notification list: 100,000 rows of CSV fit well within it.</summary>
    public const long MaxImportBytes = 64L * 1024 * 1024;

    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Parties").RequireAuthorization(Policies.RegistryRead);
        parties.MapGet("/", ListParties);

        var places = app.MapGroup("/api/places").WithTags("Places").RequireAuthorization(Policies.RegistryRead);
        places.MapGet("/", ListPlaces);
        places.MapGet("/{id}", GetPlace);
        places.MapPost("/", CreatePlace).RequireAuthorization(Policies.PlacesWrite);
        places.MapPut("/{id}", UpdatePlace).RequireAuthorization(Policies.PlacesWrite);

        var persons = app.MapGroup("/api/persons").WithTags("Persons").RequireAuthorization(Policies.RegistryRead);
        persons.MapGet("/", ListPersons);
        persons.MapGet("/{id}", GetPerson);
        persons.MapPost("/", CreatePerson).RequireAuthorization(Policies.RegistryWrite);
        persons.MapPut("/{id}", UpdatePerson).RequireAuthorization(Policies.RegistryWrite);
        persons.MapGet("/{id}/events", ListEvents);
        persons.MapPost("/{id}/events", RecordEvent).RequireAuthorization(Policies.RegistryWrite);
        persons.MapGet("/health-news-due", HealthNewsDue);
        persons.MapGet("/export.csv", ExportPersons);

        var imports = app.MapGroup("/api/imports").WithTags("Imports").RequireAuthorization(Policies.RegistryRead);
        imports.MapGet("/", ListImports);
        imports.MapGet("/{id:guid}", GetImport);
        imports.MapPost("/", Import).RequireAuthorization(Policies.RegistryWrite).RequireAntiforgeryFromCookieCallers().WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));
        imports.MapGet("/template.csv", Template);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PartyDto>>> ListParties(PartyService service, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<PartyDto>>((await service.ListAsync(ct))
            .Select(p => new PartyDto(p.Code, p.Name, p.Kind == PartyKind.Intermediary ? "intermediary" : "conflict-party")).ToList());

    private static async Task<Ok<PagedResponse<PlaceDto>>> ListPlaces(PlaceService service, HttpContext http, string? party, bool? open, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(party, open, page, pageSize, http.Actor(), ct)).Map(p => p.ToDto()));

    private static async Task<Ok<PlaceDto>> GetPlace(PlaceService service, HttpContext http, string id, CancellationToken ct)
    {
        var record = await service.GetAsync(id, http.Actor(), ct);
        return TypedResults.Ok(record.Place.ToDto(record.HoldingParty.Code, record.HeldNowTotal));
    }

    private static async Task<Created<PlaceDto>> CreatePlace(PlaceService service, HttpContext http, PlaceInput place, CancellationToken ct)
    {
        var created = await service.CreateAsync(place, http.Actor(), ct);
        return TypedResults.Created($"/api/places/{created.Code}", created.ToDto(place.HoldingParty!.Trim().ToUpperInvariant(), 0));
    }

    private static async Task<Ok<PlaceDto>> UpdatePlace(PlaceService service, HttpContext http, string id, PlaceWriteRequest request, CancellationToken ct)
    {
        var version = request.Version ?? throw new ValidationFailedException("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        var place = request.Place ?? throw new ValidationFailedException("place", "The place is required.");
        var updated = await service.UpdateAsync(id, place, version, http.Actor(), ct);
        var record = await service.GetAsync(updated.Id.ToString(), http.Actor(), ct);
        return TypedResults.Ok(updated.ToDto(record.HoldingParty.Code, record.HeldNowTotal));
    }

    private static async Task<Ok<PagedResponse<PersonSummaryDto>>> ListPersons(
        PersonService service, HttpContext http, string? name, string? party, string? heldBy, string? status, string? place, int? page, int? pageSize, CancellationToken ct)
    {
        PersonStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            statusFilter = RegistryCodes.TryParseStatus(status, out var parsed)
                ? parsed
                : throw new ValidationFailedException("status", $"'{status}' is not a status: use {RegistryCodes.List<PersonStatus>(RegistryCodes.Of)}.");
        }

        var result = await service.SearchAsync(new PersonQuery(name, party, heldBy, statusFilter, place, page, pageSize), http.Actor(), ct);
        return TypedResults.Ok(result.Map(p => p.ToDto()));
    }

    private static async Task<Ok<PersonDto>> GetPerson(PersonService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(id, http.Actor(), ct)).ToDto());

    private static async Task<Created<PersonDto>> CreatePerson(PersonService service, HttpContext http, PersonInput person, CancellationToken ct)
    {
        var created = await service.RegisterAsync(person, http.Actor(), ct);
        var dto = (await service.GetAsync(created.Id.ToString(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/persons/{dto.Reference}", dto);
    }

    private static async Task<Ok<PersonDto>> UpdatePerson(PersonService service, HttpContext http, string id, PersonWriteRequest request, CancellationToken ct)
    {
        var version = request.Version ?? throw new ValidationFailedException("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        var person = request.Person ?? throw new ValidationFailedException("person", "The person is required.");
        var updated = await service.UpdateAsync(id, person, version, http.Actor(), ct);
        return TypedResults.Ok((await service.GetAsync(updated.Id.ToString(), http.Actor(), ct)).ToDto());
    }

    private static async Task<Ok<IReadOnlyList<StatusEventDto>>> ListEvents(PersonService service, HttpContext http, string id, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(id, http.Actor(), ct)).ToDto().Timeline);

    private static async Task<Results<Created<PersonDto>, Ok<PersonDto>>> RecordEvent(PersonService service, HttpContext http, string id, StatusEventWriteRequest request, CancellationToken ct)
    {
        var added = await service.RecordEventAsync(id, request.Event ?? throw new ValidationFailedException("event", "The event is required."), request.Version, http.Actor(), ct);
        var dto = (await service.GetAsync(id, http.Actor(), ct)).ToDto();
        // 200 rather than 201 when the same event was already on the timeline: nothing new was made.
        return added is null ? TypedResults.Ok(dto) : TypedResults.Created($"/api/persons/{dto.Reference}/events", dto);
    }

    private static async Task<Ok<IReadOnlyList<HealthNewsItem>>> HealthNewsDue(PersonService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await service.HealthNewsWorklistAsync(http.Actor(), ct));

    /// <summary>The persons the caller may see as CSV in the import columns, as `kinlink export persons` writes them.</summary>
    private static PushStreamHttpResult ExportPersons(ExportService service, HttpContext http, string? party, CancellationToken ct)
    {
        var actor = http.Actor();
        return TypedResults.Stream(async body => await service.ExportPersonsAsync(body, party, actor, ct), "text/csv; charset=utf-8", "kinlink-persons.csv");
    }

    private static async Task<Ok<PagedResponse<SourceListDto>>> ListImports(ImportService service, PartyService partyService, HttpContext http, int? page, int? pageSize, CancellationToken ct)
    {
        var parties = (await partyService.ListAsync(ct)).ToDictionary(p => p.Id, p => p.Code);
        return TypedResults.Ok((await service.ListAsync(page, pageSize, http.Actor(), ct)).Map(s => s.ToDto(parties)));
    }

    private static async Task<Ok<SourceListDto>> GetImport(ImportService service, PartyService partyService, HttpContext http, Guid id, CancellationToken ct)
    {
        var parties = (await partyService.ListAsync(ct)).ToDictionary(p => p.Id, p => p.Code);
        return TypedResults.Ok((await service.GetAsync(new SourceListId(id), http.Actor(), ct)).ToDto(parties));
    }

    private static async Task<Results<Created<ImportDto>, BadRequest<ImportDto>>> Import(ImportService service, HttpContext http, IFormFile file, [FromForm] string party, [FromForm] string source, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var report = await service.ImportPersonsAsync(stream, file.FileName, party, source, http.Actor(), ct);
        return report.SourceListId is { } id
            ? TypedResults.Created($"/api/imports/{id.Value}", report.ToDto())
            : TypedResults.BadRequest(report.ToDto());
    }

    private static FileContentHttpResult Template() =>
        TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(ImportColumns.TemplateCsv())).ToArray(), "text/csv", "kinlink-persons-template.csv");
}
