using Kinlink.Data.Mail;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Web.Infrastructure;
using Kinlink.Web.Presentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Pages.Mail.Messages;

/// <summary>
/// Taking a message in: for a person (<c>?person=KL-…</c>), for a family's enquiry (<c>?enquiry=…</c>: its located person,
/// the enquirer as the family member), or as a reply (<c>?replyTo=MSG-…</c>: the same person, the other way). A plain form.
/// </summary>
[Authorize(Policy = Policies.MailWork)]
public sealed class NewModel(MessageService messages, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Direction { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Enquiry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReplyTo { get; set; }

    [BindProperty]
    public string? CorrespondentName { get; set; }

    [BindProperty]
    public string? CorrespondentAddress { get; set; }

    [BindProperty]
    public string? CorrespondentRelation { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Intake { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Choice> Kinds => MessageLabels.Choices<MessageKind>(localizer, MessageLabels.Kind, MailCodes.Of);

    public IReadOnlyList<Choice> Directions => MessageLabels.Choices<MessageDirection>(localizer, MessageLabels.Direction, MailCodes.Of);

    public IReadOnlyList<Choice> Intakes => MessageLabels.Choices<MailIntake>(localizer, MessageLabels.Intake, MailCodes.Of, i => i != MailIntake.FamilyOnline);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var prefill = await messages.PrefillAsync(Person, Enquiry, ReplyTo, HttpContext.Actor(), cancellationToken);
            Kind = prefill.Kind;
            Direction = prefill.Direction;
            Person = prefill.Person;
            Enquiry = prefill.Enquiry;
            ReplyTo = prefill.ReplyTo;
            CorrespondentName = prefill.CorrespondentName;
            CorrespondentRelation = prefill.CorrespondentRelation;
            Language = prefill.Language;
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (NotFoundException)
        {
            Errors.Add("replyTo", localizer["MessageNew.NoSuchMessage", ReplyTo ?? ""]);
        }

        Intake ??= MailCodes.Of(MailIntake.Caseworker);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var message = await messages.CreateAsync(new MessageInput
            {
                Kind = Kind, Direction = Direction, Person = Person, Enquiry = Blank(Enquiry), ReplyTo = Blank(ReplyTo), CorrespondentName = CorrespondentName,
                CorrespondentAddress = CorrespondentAddress, CorrespondentRelation = CorrespondentRelation, Language = Language, Text = Text, Intake = Intake,
            }, HttpContext.Actor(), cancellationToken);
            TempData["Notice"] = "Notice.MessageTakenIn";
            return RedirectToPage("/Mail/Messages/Details", new { reference = message.Reference });
        }
        catch (ValidationFailedException failure)
        {
            Errors.Add(failure);
        }
        catch (DomainRuleException refusal)
        {
            Errors.Add(refusal.Field, refusal);
        }

        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
