using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// One contact with the enquirer (issue 5 item 5): when, by what channel, who reached out, and what was said. A printed
/// letter is recorded as one too, naming its template and language.
/// </summary>
public sealed class EnquiryContact
{
    public const int SummaryLength = 2000;

    private EnquiryContact()
    {
    }

    public EnquiryContactId Id { get; private set; }

    public EnquiryId EnquiryId { get; private set; }

    /// <summary>The day the contact took place (a call noted the next morning is dated the day of the call).</summary>
    public DateOnly Date { get; private set; }

    public ContactChannel Channel { get; private set; }

    public ContactDirection Direction { get; private set; }

    public string Summary { get; private set; } = "";

    /// <summary>The letter printed, if this contact is a letter Kinlink produced.</summary>
    public LetterTemplate? Letter { get; private set; }

    public EnquiryLanguage? LetterLanguage { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>Records a contact, or refuses it with every problem named by field.</summary>
    public static EnquiryContact Record(
        EnquiryId enquiryId, DateOnly? date, ContactChannel? channel, ContactDirection? direction, string? summary, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (date is null)
        {
            errors["date"] = ["Give the day of the contact (YYYY-MM-DD)."];
        }
        else if (date > today)
        {
            errors["date"] = ["A contact cannot be in the future."];
        }

        if (channel is null)
        {
            errors["channel"] = ["Say how the contact was made."];
        }

        if (direction is null)
        {
            errors["direction"] = ["Say who reached out: the family (incoming) or the intermediary (outgoing)."];
        }

        var text = EnquiryRules.Clean(summary);
        if (text.Length == 0)
        {
            errors["summary"] = ["Write what was said."];
        }
        else if (text.Length > SummaryLength)
        {
            errors["summary"] = [$"At most {SummaryLength} characters."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return new EnquiryContact
        {
            Id = EnquiryContactId.New(),
            EnquiryId = enquiryId,
            Date = date!.Value,
            Channel = channel!.Value,
            Direction = direction!.Value,
            Summary = text,
            RecordedAt = now,
            RecordedBy = actor.UserName,
        };
    }

    /// <summary>A letter printed for the enquirer: an outgoing letter dated the day it was printed.</summary>
    public static EnquiryContact LetterPrinted(EnquiryId enquiryId, LetterTemplate template, EnquiryLanguage language, string summary, Actor actor, DateTimeOffset now)
    {
        var contact = Record(enquiryId, DateOnly.FromDateTime(now.UtcDateTime), ContactChannel.Letter, ContactDirection.Outgoing, summary, actor, now);
        contact.Letter = template;
        contact.LetterLanguage = language;
        return contact;
    }
}
