using System.Globalization;
using System.Resources;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Composes letters to enquirers from the texts in LetterTexts.resx, LetterTexts.uk.resx and LetterTexts.ru.resx. A letter is composed only when
/// <see cref="LetterRules"/> allows its template for the case's <see cref="FamilyDisclosure"/>, and its texts take only the
/// enquirer's name, the sought person's name as the family gave it and the case reference: nothing from the registry,
/// so no letter can name a place of detention or a status the family may not be told.
/// </summary>
public static class EnquiryLetters
{
    private static readonly ResourceManager Texts = new("Kinlink.Data.Tracing.LetterTexts", typeof(EnquiryLetters).Assembly);

    public static CultureInfo CultureOf(EnquiryLanguage language) => CultureInfo.GetCultureInfo(TracingCodes.Of(language));

    /// <exception cref="DomainRuleException">The template would tell more (or other) than the family may be told now (field <c>template</c>).</exception>
    public static EnquiryLetter Compose(Enquiry enquiry, LetterTemplate template, EnquiryLanguage language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        var answer = FamilyDisclosure.For(enquiry);
        if (!LetterRules.MayPrint(template, enquiry))
        {
            throw new DomainRuleException("template",
                $"The letter '{TracingCodes.Of(template)}' cannot go to this family now: what they may be told is '{TracingCodes.Of(answer)}'. Letters that fit: {string.Join(", ", LetterRules.Printable(enquiry).Select(TracingCodes.Of))}.");
        }

        var culture = CultureOf(language);
        string Text(string key, params object[] values)
        {
            var format = Texts.GetString(key, culture) ?? throw new InvalidOperationException($"The letter text '{key}' is missing.");
            return values.Length == 0 ? format : string.Format(culture, format, values);
        }

        var code = TracingCodes.Of(template);
        var sought = enquiry.SoughtFullName;
        var paragraphs = Text($"{code}.Body", sought, enquiry.Reference.Value)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new EnquiryLetter(
            template,
            language,
            Text("Letter.Reference", enquiry.Reference.Value),
            enquiry.EnquirerFullName,
            enquiry.EnquirerPostalAddress,
            today.ToString("D", culture),
            Text($"{code}.Subject", sought),
            Text("Letter.Greeting", enquiry.EnquirerFullName),
            paragraphs,
            Text("Letter.Closing"),
            Text("Letter.Signature"));
    }
}
