using System.Text;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>A letter to the enquirer, composed and ready to print or send: every line is already in the letter's language.</summary>
public sealed record EnquiryLetter(
    LetterTemplate Template,
    EnquiryLanguage Language,
    string Reference,
    string RecipientName,
    string RecipientAddress,
    string Date,
    string Subject,
    string Greeting,
    IReadOnlyList<string> Paragraphs,
    string Closing,
    string Signature)
{
    /// <summary>The letter as plain text, for the API and for a copy kept with the contact.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(RecipientName).Append('\n');
        if (RecipientAddress.Length > 0)
        {
            text.Append(RecipientAddress).Append('\n');
        }

        text.Append('\n').Append(Date).Append('\n').Append(Reference).Append("\n\n").Append(Subject).Append("\n\n").Append(Greeting).Append("\n\n");
        foreach (var paragraph in Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        text.Append(Closing).Append('\n').Append(Signature).Append('\n');
        return text.ToString();
    }
}
