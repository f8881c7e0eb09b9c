using System.Globalization;
using System.Text.Json;
using Kinlink.Domain.Common;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// The one place that turns domain exceptions into ProblemDetails: 400 with field errors, 403, 404, 409, 422. Titles,
/// details and field messages are in the request's culture (Accept-Language for API clients); field names stay as sent.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The handler runs outside request localization (it is registered first), so the request's culture is read
        // from what that middleware left on the request rather than from the current thread.
        var culture = httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        string T(string message) => MessageTranslator.Shipped.Translate(message, culture);
        ProblemDetails? problem = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => T(m)).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = T("The request has invalid fields."),
            },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = T("Not allowed."), Detail = T(f.Message) },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = T("Not found."), Detail = T(n.Message) },
            // Erased on purpose (a data subject's request): gone for good, which is what 410 says, not a server fault.
            Kinlink.Data.Access.EnquiryKeyErasedException => new ProblemDetails
            {
                Status = StatusCodes.Status410Gone,
                Title = T("Erased."),
                Detail = T("The enquiry's key was erased: its confidential fields and attachments can no longer be read."),
            },
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = T("Conflict."), Detail = T(c.Message) },
            DomainRuleException r => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = T("The change breaks a rule of the registry."),
                Detail = T(r.Message),
                Extensions = { ["field"] = r.Field },
            },
            // A body whose JSON cannot be read into the request's fields (a text where a number belongs, a cut-off
            // document): the JSON reader knows where, and the client is told which field, as for any other bad value.
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(json.Path)] = [T("This value cannot be read: it is not of the expected kind (a number, a text, true or false, an object, a list), or the JSON is malformed here.")] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = T("The request has invalid fields."),
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = T("Bad request."), Detail = b.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The field a JSON path points at, as validation errors name fields: <c>$.soughtPerson.sex</c> is <c>soughtPerson.sex</c>.</summary>
    internal static string FieldOf(string? jsonPath) =>
        jsonPath is null or "$" ? "body" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
}
