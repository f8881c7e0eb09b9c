using Kinlink.Data.Registry;
using Kinlink.Domain.Registry;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The registry's enumerations in the reader's language: resource keys are the codes of <see cref="RegistryCodes"/>.</summary>
public static class RegistryText
{
    public static string Status(this IStringLocalizer localizer, PersonStatus status) => Text(localizer, "Status." + RegistryCodes.Of(status));

    public static string EventKind(this IStringLocalizer localizer, StatusEventKind kind) => Text(localizer, "Event." + RegistryCodes.Of(kind));

    public static string PlaceKind(this IStringLocalizer localizer, PlaceKind kind) => Text(localizer, "PlaceKind." + RegistryCodes.Of(kind));

    public static string Category(this IStringLocalizer localizer, PersonCategory category) => Text(localizer, "Category." + RegistryCodes.Of(category));

    public static string Sex(this IStringLocalizer localizer, Sex sex) => Text(localizer, "Sex." + (sex == Domain.Registry.Sex.Unknown ? "unknown" : RegistryCodes.Of(sex)));

    public static string Script(this IStringLocalizer localizer, NameScriptKind script) => Text(localizer, "Script." + script switch
    {
        NameScriptKind.Unknown => "unknown",
        NameScriptKind.Latin => "latin",
        NameScriptKind.Cyrillic => "cyrillic",
        NameScriptKind.Mixed => "mixed",
    });

    public static string YesNo(this IStringLocalizer localizer, bool value) => Text(localizer, value ? "Common.Yes" : "Common.No");

    public static IReadOnlyList<Choice> StatusChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<PersonStatus>().Select(s => new Choice(RegistryCodes.Of(s), localizer.Status(s))).ToList();

    public static IReadOnlyList<Choice> EventKindChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<StatusEventKind>().Select(k => new Choice(RegistryCodes.Of(k), localizer.EventKind(k))).ToList();

    public static IReadOnlyList<Choice> CategoryChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<PersonCategory>().Select(c => new Choice(RegistryCodes.Of(c), localizer.Category(c))).ToList();

    public static IReadOnlyList<Choice> SexChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<Sex>().Select(s => new Choice(RegistryCodes.Of(s), localizer.Sex(s))).ToList();

    private static string Text(IStringLocalizer localizer, string key)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[key];
    }
}
