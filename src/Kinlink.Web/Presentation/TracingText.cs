using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The tracing enumerations in the reader's language: resource keys are the codes of <see cref="TracingCodes"/>.</summary>
public static class TracingText
{
    public static string EnquiryStatus(this IStringLocalizer localizer, EnquiryStatus status) => Text(localizer, "EnquiryStatus." + TracingCodes.Of(status));

    public static string SharingConsent(this IStringLocalizer localizer, SharingConsent consent) => Text(localizer, "SharingConsent." + TracingCodes.Of(consent));

    public static string RefusalAllowance(this IStringLocalizer localizer, RefusalAllowance allowance) => Text(localizer, "RefusalAllowance." + TracingCodes.Of(allowance));

    public static string ConsentObtainedBy(this IStringLocalizer localizer, ConsentObtainedBy how) => Text(localizer, "ConsentObtainedBy." + TracingCodes.Of(how));

    public static string ContactChannel(this IStringLocalizer localizer, ContactChannel channel) => Text(localizer, "ContactChannel." + TracingCodes.Of(channel));

    public static string ContactDirection(this IStringLocalizer localizer, ContactDirection direction) => Text(localizer, "ContactDirection." + TracingCodes.Of(direction));

    public static string Letter(this IStringLocalizer localizer, LetterTemplate template) => Text(localizer, "Letter." + TracingCodes.Of(template));

    public static string FamilyAnswer(this IStringLocalizer localizer, FamilyAnswer answer) => Text(localizer, "FamilyAnswer." + TracingCodes.Of(answer));

    public static string Relation(this IStringLocalizer localizer, EnquirerRelation relation) => Text(localizer, "Relation." + TracingCodes.Of(relation));

    public static string Language(this IStringLocalizer localizer, EnquiryLanguage language) => Text(localizer, "EnquiryLanguage." + TracingCodes.Of(language));

    public static string Channel(this IStringLocalizer localizer, EnquiryChannel channel) => Text(localizer, "EnquiryChannel." + TracingCodes.Of(channel));

    public static string LegalBasis(this IStringLocalizer localizer, LegalBasis basis) => Text(localizer, "LegalBasis." + TracingCodes.Of(basis));

    public static IReadOnlyList<Choice> Choices<T>(this IStringLocalizer localizer, Func<IStringLocalizer, T, string> text, Func<T, string> code)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new Choice(code(v), text(localizer, v))).ToList();

    private static string Text(IStringLocalizer localizer, string key) => localizer[key];
}
