using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Mail;

/// <summary>
/// A message as taken in, in plain text, before it is sealed: the person it is for or from, the family member at the
/// other end, the language and the text.
/// </summary>
public sealed record MessageDraft(
    MessageKind Kind,
    MessageDirection Direction,
    PersonId PersonId,
    EnquiryId? EnquiryId,
    string? CorrespondentName,
    string? CorrespondentAddress,
    string? CorrespondentRelation,
    string? Language,
    string? Text,
    MailIntake Intake,
    MessageId? InReplyToId)
{
    /// <summary>A Red Cross message has room for about 30 lines; a letter about 250 words (annex IV C). Room for both, with margin.</summary>
    public const int TextLength = 4000;
    public const int NameLength = 200;
    public const int AddressLength = 500;
    public const int RelationLength = 50;
    public const int LanguageLength = 10;

    /// <summary>Checks every field and throws one error naming each bad one.</summary>
    public MessageDraft Validated()
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(Kind))
        {
            errors["kind"] = ["Unknown kind of message."];
        }

        if (!Enum.IsDefined(Direction))
        {
            errors["direction"] = ["Say whether the message goes to the detainee or comes from them."];
        }
        else if (Kind == MessageKind.CaptureCard && Direction != MessageDirection.FromDetainee)
        {
            errors["direction"] = ["A capture card comes from the prisoner."];
        }

        if (!Enum.IsDefined(Intake))
        {
            errors["intake"] = ["Unknown way of taking the message in."];
        }

        var name = (CorrespondentName ?? "").Trim();
        if (name.Length > NameLength || (name.Length == 0 && EnquiryId is null && Kind != MessageKind.CaptureCard))
        {
            errors["correspondentName"] = [$"Name the family member at the other end (at most {NameLength} characters), or link the family's enquiry."];
        }

        if ((CorrespondentAddress ?? "").Trim().Length > AddressLength)
        {
            errors["correspondentAddress"] = [$"At most {AddressLength} characters."];
        }

        if ((CorrespondentRelation ?? "").Trim().Length > RelationLength)
        {
            errors["correspondentRelation"] = [$"At most {RelationLength} characters."];
        }

        var language = (Language ?? "").Trim();
        if (language.Length == 0 || language.Length > LanguageLength)
        {
            errors["language"] = ["Give the language the message is written in (uk, ru, en, …)."];
        }

        var text = (Text ?? "").Trim();
        if (text.Length == 0 || text.Length > TextLength)
        {
            errors["text"] = [$"Write the message (at most {TextLength} characters)."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return this with
        {
            CorrespondentName = name,
            CorrespondentAddress = (CorrespondentAddress ?? "").Trim(),
            CorrespondentRelation = (CorrespondentRelation ?? "").Trim(),
            Language = language.ToLowerInvariant(),
            Text = text,
        };
    }
}
