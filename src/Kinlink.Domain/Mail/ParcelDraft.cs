using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Mail;

/// <summary>A parcel as handed in, in plain text, before the sender's name and address are sealed.</summary>
public sealed record ParcelDraft(
    PersonId PersonId,
    EnquiryId? EnquiryId,
    string? SenderName,
    string? SenderAddress,
    MailIntake Intake,
    IReadOnlyList<ParcelLineDraft> Lines)
{
    /// <summary>Checks every field and throws one error naming each bad one (lines as <c>lines[i].field</c>).</summary>
    public ParcelDraft Validated()
    {
        var errors = new Dictionary<string, string[]>();
        var name = (SenderName ?? "").Trim();
        if (name.Length == 0 || name.Length > MessageDraft.NameLength)
        {
            errors["senderName"] = [$"Name the sender (at most {MessageDraft.NameLength} characters)."];
        }

        if ((SenderAddress ?? "").Trim().Length > MessageDraft.AddressLength)
        {
            errors["senderAddress"] = [$"At most {MessageDraft.AddressLength} characters."];
        }

        if (!Enum.IsDefined(Intake))
        {
            errors["intake"] = ["Unknown way of taking the parcel in."];
        }

        AddLineErrors(Lines ?? [], errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return this with { SenderName = name, SenderAddress = (SenderAddress ?? "").Trim() };
    }

    /// <summary>Checks a parcel's lines alone (a correction of the contents) and throws one error naming each bad field.</summary>
    public static void ValidateLines(IReadOnlyList<ParcelLineDraft> lines)
    {
        var errors = new Dictionary<string, string[]>();
        AddLineErrors(lines ?? [], errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private static void AddLineErrors(IReadOnlyList<ParcelLineDraft> lines, Dictionary<string, string[]> errors)
    {
        if (lines.Count == 0 || lines.Count > ParcelRules.MaxLines)
        {
            errors["lines"] = [$"List what is in the parcel, one line per kind of item (at most {ParcelRules.MaxLines} lines)."];
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null)
            {
                errors[$"lines[{i}]"] = ["Empty line."];
                continue;
            }

            if (!Enum.IsDefined(line.Category))
            {
                errors[$"lines[{i}].category"] = ["Choose food, clothing, hygiene, medicine, books or other."];
            }

            var description = (line.Description ?? "").Trim();
            if (description.Length == 0 || description.Length > ParcelLine.DescriptionLength)
            {
                errors[$"lines[{i}].description"] = [$"Say what it is (at most {ParcelLine.DescriptionLength} characters)."];
            }

            if (line.Quantity < 1 || line.Quantity > ParcelRules.MaxQuantity)
            {
                errors[$"lines[{i}].quantity"] = [$"A whole number from 1 to {ParcelRules.MaxQuantity}."];
            }

            if (line.WeightGrams < 1 || line.WeightGrams > ParcelRules.MaxLineWeightGrams)
            {
                errors[$"lines[{i}].weightGrams"] = [$"The weight in grams, from 1 to {ParcelRules.MaxLineWeightGrams}."];
            }
        }
    }
}
