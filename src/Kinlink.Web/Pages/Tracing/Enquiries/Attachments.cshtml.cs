using Kinlink.Data.Tracing;
using Kinlink.Domain.Common;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Tracing.Enquiries;

/// <summary>An enquiry's photos and document scans: the list, with downloads, and a form to add one.</summary>
[Authorize(Policy = Policies.EnquiriesRead)]
[AttachmentBodyLimit]
public sealed class AttachmentsModel(EnquiryAttachmentService attachments, IStringLocalizer<SharedResource> localizer, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    public string? Kind { get; private set; }

    public string? Caption { get; private set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<EnquiryAttachmentSummary> Items { get; private set; } = [];

    public EnquiryAttachmentSummary? Added { get; private set; }

    public bool MayUpload { get; private set; }

    public long MaxBytes => attachments.MaxBytes;

    public IReadOnlyList<Choice> Kinds =>
        [new("photo", localizer["Attachments.KindPhoto"]), new("document", localizer["Attachments.KindDocument"])];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, [FromForm] string? kind, [FromForm] string? caption, CancellationToken cancellationToken)
    {
        // The delegate and the DPO both read this page; only the write roles add files (pages authorize per page, not per handler).
        if (!(await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded)
        {
            return Forbid();
        }

        Kind = kind;
        Caption = caption;
        try
        {
            await using var content = file?.OpenReadStream();
            Added = await attachments.UploadAsync(Reference, content, file?.FileName, kind, caption, HttpContext.Actor(), cancellationToken);
            Kind = null;
            Caption = null;
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayUpload = (await authorization.AuthorizeAsync(User, Policies.EnquiriesWrite)).Succeeded;
        Items = await attachments.ListAsync(Reference, HttpContext.Actor(), cancellationToken);
    }

    /// <summary>
    /// The configured attachment limit as the server's request body limit, set before anything reads the form (the
    /// antiforgery check does), so that a larger upload is cut off while it arrives rather than after.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    private sealed class AttachmentBodyLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
    {
        public int Order => int.MinValue;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (HttpMethods.IsPost(http.Request.Method) && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = http.RequestServices.GetRequiredService<TracingSettings>().AttachmentMaxBytes + (64 * 1024);
            }
        }
    }
}
