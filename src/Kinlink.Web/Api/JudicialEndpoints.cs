using Kinlink.Data.Exchanges;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// Judicial proceedings (art. 104-108) and the families' worklist. Handlers parse and present; <see cref="JudicialService"/>
/// and <see cref="FamilyNewsService"/> decide and audit. The worklist names enquirers, so it needs the enquiries' write
/// policy (caseworkers, delegates, administrators; never a party), which is also what recording a contact takes.
/// </summary>
internal static class JudicialEndpoints
{
    public static IEndpointRouteBuilder MapJudicialApi(this IEndpointRouteBuilder app)
    {
        var judicial = app.MapGroup("/api/judicial").WithTags("Exchanges");
        judicial.MapGet("/", List).RequireAuthorization(Policies.ExchangesWork);
        judicial.MapPost("/", Open).RequireAuthorization(Policies.ExchangesWork);
        judicial.MapGet("/{reference}", Get).RequireAuthorization(Policies.ExchangesWork);
        judicial.MapPost("/{reference}/notification", Notification).RequireAuthorization(Policies.ExchangesWork);
        judicial.MapPost("/{reference}/trial", Trial).RequireAuthorization(Policies.ExchangesWork);
        judicial.MapPost("/{reference}/sentence", Sentence).RequireAuthorization(Policies.ExchangesWork);
        judicial.MapPost("/{reference}/close", Close).RequireAuthorization(Policies.ExchangesWork);

        var families = app.MapGroup("/api/family-news").WithTags("Exchanges");
        families.MapGet("/", Worklist).RequireAuthorization(Policies.EnquiriesWrite);
        families.MapPost("/{enquiry}/informed", Informed).RequireAuthorization(Policies.EnquiriesWrite);
        return app;
    }

    private static async Task<Ok<PagedResponse<JudicialSummaryDto>>> List(
        JudicialService service, HttpContext http, string? stage, bool? pending, string? party, string? person, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new JudicialQuery(stage, pending ?? false, party, person, page, pageSize), http.Actor(), ct)).Map(p => p.ToDto()));

    private static async Task<Created<JudicialDto>> Open(JudicialService service, HttpContext http, JudicialInput? proceeding, CancellationToken ct)
    {
        var dto = (await service.OpenAsync(proceeding ?? new JudicialInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/judicial/{dto.Reference}", dto);
    }

    private static async Task<Ok<JudicialDto>> Get(JudicialService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<JudicialDto>> Notification(JudicialService service, HttpContext http, string reference, JudicialNotificationInput? notification, CancellationToken ct) =>
        TypedResults.Ok((await service.RecordNotificationAsync(reference, notification ?? new JudicialNotificationInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<JudicialDto>> Trial(JudicialService service, HttpContext http, string reference, JudicialTrialInput? trial, CancellationToken ct) =>
        TypedResults.Ok((await service.ScheduleTrialAsync(reference, trial ?? new JudicialTrialInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<JudicialDto>> Sentence(JudicialService service, HttpContext http, string reference, JudicialSentenceInput? sentence, CancellationToken ct) =>
        TypedResults.Ok((await service.RecordSentenceAsync(reference, sentence ?? new JudicialSentenceInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<JudicialDto>> Close(JudicialService service, HttpContext http, string reference, JudicialCloseInput? close, CancellationToken ct) =>
        TypedResults.Ok((await service.CloseAsync(reference, close ?? new JudicialCloseInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<IReadOnlyList<FamilyNewsEntryDto>>> Worklist(FamilyNewsService service, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<FamilyNewsEntryDto>>([.. (await service.WorklistAsync(http.Actor(), ct)).Select(e => e.ToDto())]);

    private static async Task<Ok<FamilyNewsEntryDto>> Informed(FamilyNewsService service, HttpContext http, string enquiry, FamilyInformedInput? informed, CancellationToken ct) =>
        TypedResults.Ok((await service.InformedAsync(enquiry, informed ?? new FamilyInformedInput(), http.Actor(), ct)).ToDto());
}
