using Kinlink.Data.Files;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinlink.Web.Infrastructure;

/// <summary>
/// Reads an upload's form with a limit before the handler runs: the server stops reading a larger body (413), and the
/// form reader stops at a larger file, so an oversized upload is never held in full. Both are answered naming <c>file</c>.
/// </summary>
internal static class LimitedUploadForm
{
    /// <summary>Room in a request for the form's other fields and boundaries beside the file itself.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public static RouteHandlerBuilder ReadsUploadForm(this RouteHandlerBuilder builder, Func<HttpContext, long> maxBytes, string howToSend) =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var limit = maxBytes(http);
            if (!http.Request.HasFormContentType)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [howToSend] });
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            {
                bodyLimit.MaxRequestBodySize = limit + FormOverheadBytes;
            }

            var form = new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit + FormOverheadBytes, MultipartBoundaryLengthLimit = 128 });
            http.Features.Set<IFormFeature>(form);
            try
            {
                var read = await form.ReadFormAsync(http.RequestAborted);
                if (read.Files.GetFile("file") is { } file && file.Length > limit)
                {
                    return TooLarge(limit);
                }
            }
            catch (InvalidDataException)
            {
                return TooLarge(limit);
            }
            catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return TooLarge(limit);
            }

            return await next(invocation);
        });

    private static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["file"] = [UploadedFile.TooLarge(maxBytes)] })
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The file is too large.",
    });
}
