using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// What an enquiry must hold before it is stored, field by field, with the API's dotted field names
/// (<c>enquirer.email</c>, <c>soughtPerson.dateOfBirth</c>), so one answer lists every problem.
/// </summary>
public static class EnquiryRules
{
    public const int NameLength = 200;
    public const int ShortTextLength = 200;
    public const int AddressLength = 500;
    public const int NarrativeLength = 2000;

    public static Dictionary<string, string[]> Problems(EnquiryDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            problems.TryAdd(field, [message]);
        }

        CheckEnquirer(draft.Enquirer, Add);
        CheckSoughtPerson(draft.SoughtPerson, today, Add);

        var news = draft.Circumstances;
        if (news.Date is { } lastNews && lastNews.Earliest > today)
        {
            Add("circumstances.lastNewsDate", $"The date of last news {lastNews} is in the future.");
        }

        CheckText("circumstances.lastNewsPlace", news.Place, ShortTextLength, multiline: false, Add);
        CheckText("circumstances.howNewsCame", news.HowNewsCame, NarrativeLength, multiline: true, Add);

        if (draft.Channel is null)
        {
            Add("channel", "Say how the enquiry came: phone, online, office or partner-society.");
        }

        CheckLegalBasis(draft, today, Add);
        return problems;
    }

    /// <summary>Whether the text is an email address a letter can be sent to: one @, a dotted domain, no spaces.</summary>
    public static bool IsEmail(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (text.Length > 254 || at <= 0 || at != text.LastIndexOf('@') || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';'))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>A phone number as people write it: digits with +, spaces, dashes, dots and brackets, at least six digits.</summary>
    public static bool IsPhone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '.' or '(' or ')')
            && text.Count(char.IsAsciiDigit) is >= 6 and <= 20
            && text.IndexOf('+', StringComparison.Ordinal) <= 0 && text.Count(c => c == '+') <= 1;
    }

    private static void CheckEnquirer(EnquirerDraft enquirer, Action<string, string> add)
    {
        var name = Clean(enquirer.FullName);
        if (name.Length == 0)
        {
            add("enquirer.fullName", "The enquirer's name is required.");
        }
        else if (name.Length > NameLength)
        {
            add("enquirer.fullName", $"At most {NameLength} characters.");
        }
        else if (name.Any(c => char.IsControl(c) || char.IsDigit(c)))
        {
            add("enquirer.fullName", "A name cannot contain digits or control characters.");
        }

        if (enquirer.Relation is null)
        {
            add("enquirer.relation", "Say what the enquirer is to the sought person.");
        }
        else if (enquirer.Relation == EnquirerRelation.Other && Clean(enquirer.RelationOther).Length == 0)
        {
            add("enquirer.relationOther", "The relation is 'other': say what the enquirer is to the sought person.");
        }
        else if (enquirer.Relation is not (EnquirerRelation.Other or EnquirerRelation.OtherRelative) && Clean(enquirer.RelationOther).Length > 0)
        {
            add("enquirer.relationOther", "Only for the relations other and other-relative.");
        }

        CheckText("enquirer.relationOther", enquirer.RelationOther, 100, multiline: false, add);

        var phone = Clean(enquirer.Phone);
        var email = Clean(enquirer.Email);
        var address = Clean(enquirer.PostalAddress);
        if (phone.Length > 0 && !IsPhone(phone))
        {
            add("enquirer.phone", $"'{phone}' is not a phone number: digits, with + - . ( ) and spaces.");
        }

        if (email.Length > 0 && !IsEmail(email))
        {
            add("enquirer.email", $"'{email}' is not an email address.");
        }

        CheckText("enquirer.postalAddress", enquirer.PostalAddress, AddressLength, multiline: true, add);
        if (phone.Length == 0 && email.Length == 0 && address.Length == 0)
        {
            // The intermediary has to answer the family: an enquirer it cannot reach cannot be answered.
            add("enquirer.phone", "Give a phone, an email or a postal address, so the enquirer can be answered.");
        }

        if (enquirer.Language is null)
        {
            add("enquirer.language", "Say which language to answer in: uk, ru or en.");
        }
    }

    private static void CheckSoughtPerson(SoughtPersonDraft person, DateOnly today, Action<string, string> add)
    {
        if (person.Name is null)
        {
            add("soughtPerson.surname", "The sought person's surname is required.");
        }

        if (person.DateOfBirth is not null && person.ApproximateAge is not null)
        {
            add("soughtPerson.dateOfBirth", "Give a date of birth or an approximate age, not both.");
        }

        if (person.DateOfBirth is { } birth && birth.Earliest > today)
        {
            add("soughtPerson.dateOfBirth", $"The date of birth {birth} is in the future.");
        }

        if (person.ApproximateAge is { } age && age.AsOf.Earliest > today)
        {
            add("soughtPerson.approximateAge.asOf", $"The date {age.AsOf} is in the future.");
        }

        CheckText("soughtPerson.placeOfBirth", person.PlaceOfBirth, ShortTextLength, multiline: false, add);
        CheckText("soughtPerson.militaryUnit", person.MilitaryUnit, ShortTextLength, multiline: false, add);
        CheckText("soughtPerson.serviceNumber", person.ServiceNumber, 40, multiline: false, add);
    }

    private static void CheckLegalBasis(EnquiryDraft draft, DateOnly today, Action<string, string> add)
    {
        switch (draft.LegalBasis)
        {
            case null:
                add("legalBasis", "An enquiry needs a legal basis for processing its data: consent, vital-interest or other.");
                break;
            case LegalBasis.Other when Clean(draft.LegalBasisNote).Length == 0:
                add("legalBasisNote", "The legal basis is 'other': say which.");
                break;
            case LegalBasis.EnquirerConsent when !draft.ConsentGiven:
                add("consent.given", "The legal basis is the enquirer's consent, but no consent is recorded.");
                break;
            default:
                break;
        }

        CheckText("legalBasisNote", draft.LegalBasisNote, AddressLength, multiline: true, add);
        if (draft.ConsentGiven && draft.ConsentDate is null)
        {
            add("consent.date", "Give the date the enquirer consented.");
        }
        else if (!draft.ConsentGiven && draft.ConsentDate is not null)
        {
            add("consent.date", "A consent date is only for a consent given.");
        }
        else if (draft.ConsentDate is { } date && date > today)
        {
            add("consent.date", $"The consent date {date:yyyy-MM-dd} is in the future.");
        }
    }

    private static void CheckText(string field, string? value, int max, bool multiline, Action<string, string> add)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > max)
        {
            add(field, $"At most {max} characters.");
        }
        else if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            add(field, multiline ? "Control characters other than line breaks are not allowed." : "Control characters and line breaks are not allowed.");
        }
    }

    internal static string Clean(string? text) => text?.Trim() ?? "";
}
