using Kinlink.Data.Exchanges;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.Api;

/// <summary>
/// Exchange operations: terms, the two lists (imported or from the registry), resolution, verification per person, the
/// handover and the balance. Handlers parse and present; <see cref="ExchangeService"/> decides and audits. Every write
/// carries the exchange's version (409 when stale).
/// </summary>
internal static class ExchangeEndpoints
{
    public const long MaxListBytes = 16L * 1024 * 1024;

    public static IEndpointRouteBuilder MapExchangesApi(this IEndpointRouteBuilder app)
    {
        var exchanges = app.MapGroup("/api/exchanges").WithTags("Exchanges");
        exchanges.MapGet("/", List).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/", Create).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapGet("/list-template.csv", Template).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapGet("/{reference}", Get).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPut("/{reference}", ChangeTerms).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/lists/{party}", ImportList).RequireAuthorization(Policies.ExchangesWork)
            .RequireAntiforgeryFromCookieCallers().WithMetadata(new RequestSizeLimitAttribute(MaxListBytes));
        exchanges.MapPost("/{reference}/entries", AddEntries).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapGet("/{reference}/entries/{id:guid}", GetEntry).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/entries/{id:guid}/resolve", Resolve).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/entries/{id:guid}/rematch", Rematch).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/entries/{id:guid}/identity", Identity).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapGet("/{reference}/entries/{id:guid}/interview", InterviewNote).RequireAuthorization(Policies.ExchangesConfidential);
        exchanges.MapPost("/{reference}/entries/{id:guid}/interview", Interview).RequireAuthorization(Policies.ExchangesConfidential);
        exchanges.MapPost("/{reference}/entries/{id:guid}/medical", Medical).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/entries/{id:guid}/blocking", Blocking).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/execute", Execute).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapPost("/{reference}/cancel", Cancel).RequireAuthorization(Policies.ExchangesWork);
        exchanges.MapGet("/{reference}/balance", Balance).RequireAuthorization(Policies.ExchangesWork);
        return app;
    }

    private static async Task<Ok<PagedResponse<ExchangeSummaryDto>>> List(ExchangeService service, HttpContext http, string? status, string? party, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok((await service.ListAsync(new ExchangeQuery(status, party, page, pageSize), http.Actor(), ct)).Map(e => e.ToDto()));

    private static async Task<Created<ExchangeDto>> Create(ExchangeService service, HttpContext http, ExchangeInput? exchange, CancellationToken ct)
    {
        var dto = (await service.CreateAsync(exchange ?? new ExchangeInput(), http.Actor(), ct)).ToDto();
        return TypedResults.Created($"/api/exchanges/{dto.Reference}", dto);
    }

    private static async Task<Ok<ExchangeDto>> Get(ExchangeService service, HttpContext http, string reference, CancellationToken ct) =>
        TypedResults.Ok((await service.GetAsync(reference, http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> ChangeTerms(ExchangeService service, HttpContext http, string reference, ExchangeInput? exchange, CancellationToken ct) =>
        TypedResults.Ok((await service.ChangeTermsAsync(reference, exchange ?? new ExchangeInput(), http.Actor(), ct)).ToDto());

    /// <summary>A list with refused rows answers 200 with the report (the accepted rows are stored); a list of which nothing could be stored answers 400.</summary>
    private static async Task<Results<Ok<ExchangeListReportDto>, BadRequest<ExchangeListReportDto>>> ImportList(
        ExchangeService service, HttpContext http, string reference, string party, IFormFile file, [FromForm] int? version, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var report = await service.ImportListAsync(reference, party, stream, file.FileName, version, http.Actor(), ct);
        return report.NothingStored ? TypedResults.BadRequest(report.ToDto()) : TypedResults.Ok(report.ToDto());
    }

    private static FileContentHttpResult Template() =>
        TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(ExchangeListColumns.TemplateCsv())).ToArray(), "text/csv", "kinlink-exchange-list-template.csv");

    private static async Task<Ok<ExchangeDto>> AddEntries(ExchangeService service, HttpContext http, string reference, ExchangeEntriesInput? entries, CancellationToken ct) =>
        TypedResults.Ok((await service.AddFromRegistryAsync(reference, entries ?? new ExchangeEntriesInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeEntryDetailDto>> GetEntry(ExchangeService service, HttpContext http, string reference, Guid id, CancellationToken ct) =>
        TypedResults.Ok((await service.GetEntryAsync(reference, id, http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Resolve(ExchangeService service, HttpContext http, string reference, Guid id, ExchangeEntryChange? change, CancellationToken ct) =>
        TypedResults.Ok((await service.ResolveAsync(reference, id, change ?? new ExchangeEntryChange(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Rematch(ExchangeService service, HttpContext http, string reference, Guid id, ExchangeEntryChange? change, CancellationToken ct) =>
        TypedResults.Ok((await service.RematchAsync(reference, id, change ?? new ExchangeEntryChange(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Identity(ExchangeService service, HttpContext http, string reference, Guid id, ExchangeEntryChange? change, CancellationToken ct) =>
        TypedResults.Ok((await service.ConfirmIdentityAsync(reference, id, change ?? new ExchangeEntryChange(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeInterviewNoteDto>> InterviewNote(ExchangeService service, HttpContext http, string reference, Guid id, CancellationToken ct) =>
        TypedResults.Ok(new ExchangeInterviewNoteDto(id, await service.ReadInterviewNoteAsync(reference, id, http.Actor(), ct)));

    private static async Task<Ok<ExchangeDto>> Interview(ExchangeService service, HttpContext http, string reference, Guid id, ExchangeEntryChange? change, CancellationToken ct) =>
        TypedResults.Ok((await service.RecordInterviewAsync(reference, id, change ?? new ExchangeEntryChange(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Medical(ExchangeService service, HttpContext http, string reference, Guid id, ExchangeEntryChange? change, CancellationToken ct) =>
        TypedResults.Ok((await service.SetMedicalCategoryAsync(reference, id, change ?? new ExchangeEntryChange(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Blocking(ExchangeService service, HttpContext http, string reference, Guid id, ExchangeEntryChange? change, CancellationToken ct) =>
        TypedResults.Ok((await service.SetBlockingIssueAsync(reference, id, change ?? new ExchangeEntryChange(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Execute(ExchangeService service, HttpContext http, string reference, ExchangeExecution? execution, CancellationToken ct) =>
        TypedResults.Ok((await service.ExecuteAsync(reference, execution ?? new ExchangeExecution(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeDto>> Cancel(ExchangeService service, HttpContext http, string reference, ExchangeCancellation? cancellation, CancellationToken ct) =>
        TypedResults.Ok((await service.CancelAsync(reference, cancellation ?? new ExchangeCancellation(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<ExchangeBalanceDto>> Balance(ExchangeService service, HttpContext http, string reference, CancellationToken ct)
    {
        var view = await service.GetAsync(reference, http.Actor(), ct);
        return TypedResults.Ok(view.Balance.ToDto(view.PartyA, view.PartyB));
    }
}
