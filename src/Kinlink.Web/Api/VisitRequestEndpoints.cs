using System.Globalization;
using Kinlink.Data.Visits;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// Visit requests: the intermediary's routes (/api/visit-requests: ask, list, read, follow, the worklist) and the
/// detaining party's (/api/party/visit-requests: its own requests; the answer). Kept apart so each has one policy.
/// Handlers parse and present; <see cref="VisitRequestService"/> decides, scopes and audits.
/// </summary>
internal static class VisitRequestEndpoints
{
    public static IEndpointRouteBuilder MapVisitRequestsApi(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/visit-requests").WithTags("Visit requests").RequireAuthorization(Policies.VisitsWork);
        requests.MapGet("/", List);
        requests.MapPost("/", Create);
        requests.MapGet("/worklist", Worklist);
        requests.MapGet("/{reference}", Get);
        requests.MapPost("/{reference}/accept-proposed-date", AcceptProposedDate);
        requests.MapPost("/{reference}/ask-again", AskAgain);
        requests.MapPost("/{reference}/withdraw", Withdraw);

        // The answer is the party's: outside the group, whose policy is the intermediary's.
        app.MapPost("/api/visit-requests/{reference}/answer", Answer).WithTags("Visit requests").RequireAuthorization(Policies.VisitRequestsAnswer);
        var party = app.MapGroup("/api/party/visit-requests").WithTags("Visit requests").RequireAuthorization(Policies.VisitRequestsAnswer);
        party.MapGet("/", PartyList);
        party.MapGet("/{reference}", PartyGet);
        return app;
    }

    private static async Task<Ok<PagedResponse<VisitRequestSummaryDto>>> List(
        VisitRequestService service, HttpContext http, string? party, string? place, string? status, bool? overdue, string? priority, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await service.ListAsync(new VisitRequestQuery(party, place, status, overdue ?? false, priority, page, pageSize), http.Actor(), ct);
        return TypedResults.Ok(result.Map(ToDto));
    }

    private static async Task<Ok<PagedResponse<VisitRequestSummaryDto>>> PartyList(
        VisitRequestService service, HttpContext http, string? place, string? status, bool? overdue, string? priority, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await service.ListAsync(new VisitRequestQuery(null, place, status, overdue ?? false, priority, page, pageSize), http.Actor(), ct);
        return TypedResults.Ok(result.Map(ToDto));
    }

    private static async Task<Ok<VisitRequestDto>> Get(VisitRequestService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.GetAsync(reference, http.Actor(), ct), forParty: false));

    private static async Task<Ok<VisitRequestDto>> PartyGet(VisitRequestService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.GetAsync(reference, http.Actor(), ct), forParty: true));

    private static async Task<Created<VisitRequestDto>> Create(VisitRequestService service, HttpContext http, VisitRequestInput? request, CancellationToken ct)
    {
        // A missing body is answered like an empty form: every required field is named.
        var dto = ToDto(await service.CreateAsync(request ?? new VisitRequestInput(), http.Actor(), ct), forParty: false);
        return TypedResults.Created($"/api/visit-requests/{dto.Reference}", dto);
    }

    private static async Task<Ok<PagedResponse<VisitWorklistEntryDto>>> Worklist(
        VisitRequestService service, HttpContext http, string? party, string? place, int? notSeenForDays, bool? neverVisited, bool? seriouslyIll, bool? enquiryPending,
        int? page, int? pageSize, CancellationToken ct)
    {
        var filter = new VisitWorklistFilter
        {
            Party = party, Place = place, NotSeenForDays = notSeenForDays, NeverVisited = neverVisited, SeriouslyIll = seriouslyIll, EnquiryPending = enquiryPending,
        };
        var result = await service.WorklistAsync(filter, page, pageSize, http.Actor(), ct);
        return TypedResults.Ok(result.Map(ToDto));
    }

    private static async Task<Ok<VisitRequestDto>> Answer(VisitRequestService service, HttpContext http, string reference, VisitAnswerInput? answer, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.AnswerAsync(reference, answer ?? new VisitAnswerInput(), http.Actor(), ct), forParty: true));

    private static async Task<Ok<VisitRequestDto>> AcceptProposedDate(VisitRequestService service, HttpContext http, string reference, VisitRequestStepInput? step, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.AcceptProposedDateAsync(reference, step ?? new VisitRequestStepInput(), http.Actor(), ct), forParty: false));

    private static async Task<Ok<VisitRequestDto>> AskAgain(VisitRequestService service, HttpContext http, string reference, VisitRequestStepInput? step, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.AskAgainAsync(reference, step ?? new VisitRequestStepInput(), http.Actor(), ct), forParty: false));

    private static async Task<Ok<VisitRequestDto>> Withdraw(VisitRequestService service, HttpContext http, string reference, VisitRequestStepInput? step, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.WithdrawAsync(reference, step ?? new VisitRequestStepInput(), http.Actor(), ct), forParty: false));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static VisitRequestSummaryDto ToDto(VisitRequestSummary s) => new(
        s.Id.Value, s.Reference, s.PartyCode, s.PlaceCode, s.PlaceName, VisitRequestCodes.Of(s.Status), VisitRequestCodes.Of(s.Priority), Day(s.ProposedFrom), Day(s.ProposedTo),
        s.PersonCount, s.SentAt, s.AwaitingSince, s.AnsweredAt, s.VisitAt, s.ProposedAt, s.IsOverdue);

    private static VisitWorklistEntryDto ToDto(VisitWorklistEntry e) => new(
        e.PersonId.Value, e.Reference, e.Surname, e.GivenName, e.Patronymic, e.NameLatin, e.PlaceCode, e.PlaceName,
        e.Reasons.Select(VisitRequestCodes.Of).ToList(), e.LastSeenOn is { } seen ? Day(seen) : null);

    private static VisitRequestDto ToDto(VisitRequestRecord record, bool forParty)
    {
        var r = record.Request;
        return new VisitRequestDto(
            r.Id.Value, r.Reference, record.PartyCode, record.PartyName, record.PlaceCode, record.PlaceName, VisitRequestCodes.Of(r.Status), VisitRequestCodes.Of(r.Priority),
            Day(r.ProposedFrom), Day(r.ProposedTo), r.Purpose, r.SentAt, r.SentBy, r.AwaitingSince, record.AnswerDueAt, record.IsOverdue, r.AnsweredAt, r.AnsweredBy, r.AnswerReason,
            r.VisitAt, r.ProposedAt, r.VisitId?.Value, r.Version,
            record.Persons.Select(p => new VisitRequestPersonDto(p.PersonId.Value, p.Reference, p.Surname, p.GivenName, p.Patronymic, p.NameLatin,
                forParty ? null : VisitRequestCodes.Of(p.Reason), VisitRequestCodes.Of(p.Answer), p.AnswerReason, p.AnsweredAt)).ToList(),
            record.Events.Select(e => new VisitRequestEventDto(e.Id.Value, VisitRequestCodes.Of(e.Kind), e.At, e.By, VisitRequestCodes.Of(e.ToStatus), e.Note)).ToList());
    }
}
