using System.Globalization;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Api;

/// <summary>
/// Following a case: status changes, the located person's consent to share news, contacts with the enquirer, the history,
/// and letters. Handlers parse and present; <see cref="EnquiryCaseService"/> decides and audits.
/// </summary>
internal static class EnquiryCaseEndpoints
{
    public static IEndpointRouteBuilder MapEnquiryCasesApi(this IEndpointRouteBuilder app)
    {
        var enquiry = app.MapGroup("/api/enquiries/{id}").WithTags("Enquiries").RequireAuthorization(Policies.EnquiriesRead);
        enquiry.MapPost("/status", ChangeStatus).RequireAuthorization(Policies.EnquiriesWrite);
        enquiry.MapPost("/consent", RecordConsent).RequireAuthorization(Policies.EnquiriesWrite);
        enquiry.MapGet("/events", Events);
        enquiry.MapGet("/contacts", Contacts);
        enquiry.MapPost("/contacts", AddContact).RequireAuthorization(Policies.EnquiriesWrite);
        enquiry.MapGet("/letters/{template}", Letter);
        return app;
    }

    private static async Task<Ok<EnquiryDto>> ChangeStatus(EnquiryCaseService service, HttpContext http, string id, StatusChangeInput? change, CancellationToken ct) =>
        TypedResults.Ok((await service.ChangeStatusAsync(id, change ?? new StatusChangeInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<EnquiryDto>> RecordConsent(EnquiryCaseService service, HttpContext http, string id, SharingConsentInput? consent, CancellationToken ct) =>
        TypedResults.Ok((await service.RecordConsentAsync(id, consent ?? new SharingConsentInput(), http.Actor(), ct)).ToDto());

    private static async Task<Ok<IReadOnlyList<EnquiryEventDto>>> Events(EnquiryCaseService service, HttpContext http, string id, CancellationToken ct)
    {
        var events = await service.EventsAsync(id, http.Actor(), ct);
        return TypedResults.Ok<IReadOnlyList<EnquiryEventDto>>(events.Select(ToDto).ToList());
    }

    private static async Task<Ok<IReadOnlyList<EnquiryContactDto>>> Contacts(EnquiryCaseService service, HttpContext http, string id, CancellationToken ct)
    {
        var contacts = await service.ContactsAsync(id, http.Actor(), ct);
        return TypedResults.Ok<IReadOnlyList<EnquiryContactDto>>(contacts.Select(ToDto).ToList());
    }

    private static async Task<Created<EnquiryContactDto>> AddContact(EnquiryCaseService service, HttpContext http, string id, ContactInput? contact, CancellationToken ct)
    {
        var added = await service.AddContactAsync(id, contact ?? new ContactInput(), http.Actor(), ct);
        return TypedResults.Created($"/api/enquiries/{id}/contacts", ToDto(added));
    }

    /// <summary>
    /// The letter as plain UTF-8 text: what a script needs to send it by email or merge it into another system's mail, with
    /// no markup to escape or strip. The printable page (/Tracing/Enquiries/{reference}/Letter) is the HTML form.
    /// </summary>
    private static async Task<ContentHttpResult> Letter(EnquiryCaseService service, HttpContext http, string id, string template, string? lang, CancellationToken ct)
    {
        var letter = await service.LetterAsync(id, template, lang, http.Actor(), ct);
        http.Response.Headers.ContentLanguage = TracingCodes.Of(letter.Language);
        return TypedResults.Text(letter.ToText(), "text/plain; charset=utf-8");
    }

    private static EnquiryEventDto ToDto(EnquiryEventRecord record)
    {
        var e = record.Event;
        return new EnquiryEventDto(
            e.Id.Value, TracingCodes.Of(e.Kind), e.At, e.By, e.Reason,
            e.FromStatus is { } from ? TracingCodes.Of(from) : null, e.ToStatus is { } to ? TracingCodes.Of(to) : null,
            record.PersonReference, record.PlaceCode,
            e.FromConsent is { } fromConsent ? TracingCodes.Of(fromConsent) : null, e.ToConsent is { } toConsent ? TracingCodes.Of(toConsent) : null,
            e.ConsentObtainedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.ConsentObtainedBy is { } by ? TracingCodes.Of(by) : null,
            e.AllowedOnRefusal is { } allowed ? TracingCodes.Of(allowed) : null);
    }

    private static EnquiryContactDto ToDto(EnquiryContact c) => new(
        c.Id.Value, c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TracingCodes.Of(c.Channel), TracingCodes.Of(c.Direction), c.Summary,
        c.Letter is { } letter ? TracingCodes.Of(letter) : null, c.LetterLanguage is { } language ? TracingCodes.Of(language) : null, c.RecordedAt, c.RecordedBy);
}
