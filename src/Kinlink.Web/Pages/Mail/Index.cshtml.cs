using Kinlink.Data.Mail;
using Kinlink.Data.Registry;
using Kinlink.Data.Reports;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Mail;

/// <summary>The mail desk: the messages, newest first, filtered; links to parcels, dispatch batches and routing.</summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class IndexModel(MessageService messages, PlaceService places, PartyService parties, ReportService reports, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Direction { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Enquiry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReceivedFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReceivedTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public FormErrors Errors { get; } = new();

    public PagedResult<MessageSummary>? Result { get; private set; }

    public Pager? Pager { get; private set; }

    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public IReadOnlyList<Choice> Parties { get; private set; } = [];

    public IReadOnlyList<Choice> Statuses => MessageLabels.Choices<MailStatus>(localizer, MessageLabels.Status, MailCodes.Of, s => s is not (MailStatus.Refused or MailStatus.Returned));

    public IReadOnlyList<Choice> Directions => MessageLabels.Choices<MessageDirection>(localizer, MessageLabels.Direction, MailCodes.Of);

    public IReadOnlyList<Choice> Kinds => MessageLabels.Choices<MessageKind>(localizer, MessageLabels.Kind, MailCodes.Of);

    public bool IsFiltered => Open || new[] { Status, Direction, Kind, Person, Enquiry, Place, Party, ReceivedFrom, ReceivedTo }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Places = await PlaceChoices.AllAsync(places, HttpContext.Actor(), cancellationToken);
        Parties = await PartyChoices.ConflictPartiesAsync(parties, cancellationToken);
        try
        {
            Result = await messages.ListAsync(Query() with { Page = PageNumber }, HttpContext.Actor(), cancellationToken);
            Pager = Pager.For(Result, page => Url.Page("/Mail/Index", new
            {
                status = Status, direction = Direction, kind = Kind, person = Person, enquiry = Enquiry, place = Place, party = Party,
                receivedFrom = ReceivedFrom, receivedTo = ReceivedTo, open = Open ? "true" : null, page,
            }));
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
    }

    public Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken) =>
        ReportDownload.FileAsync(this, format, localizer, clock, () => reports.MessagesAsync(Query(), HttpContext.Actor(), cancellationToken));

    private MessageQuery Query() => new(Status, Direction, Kind, Person, Enquiry, Place, Party, ReceivedFrom, ReceivedTo, Open);
}
