using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>The text codes used in lists, the API and the CLI for the registry's enumerations.</summary>
public static class RegistryCodes
{
    public static string Of(PersonCategory category) => category switch
    {
        PersonCategory.PrisonerOfWar => "pow",
        PersonCategory.CivilianInternee => "internee",
    };

    public static string Of(Sex sex) => sex switch
    {
        Sex.Unknown => "",
        Sex.Male => "M",
        Sex.Female => "F",
    };

    public static string Of(StatusEventKind kind) => kind switch
    {
        StatusEventKind.Captured => "captured",
        StatusEventKind.Notified => "notified",
        StatusEventKind.Registered => "registered",
        StatusEventKind.Transferred => "transferred",
        StatusEventKind.Hospitalised => "hospitalised",
        StatusEventKind.Discharged => "discharged",
        StatusEventKind.HealthNews => "health-news",
        StatusEventKind.Released => "released",
        StatusEventKind.Repatriated => "repatriated",
        StatusEventKind.Escaped => "escaped",
        StatusEventKind.Died => "died",
    };

    public static string Of(PersonStatus status) => status switch
    {
        PersonStatus.Unknown => "unknown",
        PersonStatus.Held => "held",
        PersonStatus.InHospital => "in-hospital",
        PersonStatus.Released => "released",
        PersonStatus.Repatriated => "repatriated",
        PersonStatus.Escaped => "escaped",
        PersonStatus.Dead => "dead",
    };

    public static string Of(PlaceKind kind) => kind switch
    {
        PlaceKind.Camp => "camp",
        PlaceKind.PenalColony => "penal-colony",
        PlaceKind.PreTrialCentre => "pre-trial-centre",
        PlaceKind.Hospital => "hospital",
        PlaceKind.TransitPoint => "transit-point",
        PlaceKind.Other => "other",
    };

    public static bool TryParseCategory(string? text, out PersonCategory category) =>
        TryParse(text, Enum.GetValues<PersonCategory>(), Of, acceptNames: true, out category);

    public static bool TryParseEventKind(string? text, out StatusEventKind kind) =>
        TryParse(text, Enum.GetValues<StatusEventKind>(), Of, acceptNames: true, out kind);

    public static bool TryParseStatus(string? text, out PersonStatus status) =>
        TryParse(text, Enum.GetValues<PersonStatus>(), Of, acceptNames: true, out status);

    public static bool TryParsePlaceKind(string? text, out PlaceKind kind) =>
        TryParse(text, Enum.GetValues<PlaceKind>(), Of, acceptNames: true, out kind);

    public static bool TryParseSex(string? text, out Sex sex)
    {
        switch ((text ?? "").Trim().ToUpperInvariant())
        {
            case "":
                sex = Sex.Unknown;
                return true;
            case "M":
                sex = Sex.Male;
                return true;
            case "F":
                sex = Sex.Female;
                return true;
            default:
                sex = Sex.Unknown;
                return false;
        }
    }

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(code).Where(c => c.Length > 0));

    /// <summary>The value whose code the text is: any case, '_' read as '-'; the enumeration's own names are not codes.</summary>
    public static bool TryParseCode<T>(string? text, Func<T, string> code, out T value)
        where T : struct, Enum =>
        TryParse(text, Enum.GetValues<T>(), code, acceptNames: false, out value);

    /// <summary>Reads a code (any case), or fails naming <paramref name="field"/> and the codes it takes (<paramref name="what"/> names the thing asked for).</summary>
    public static T ParseCode<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum =>
        TryParseCode(text, code, out T value)
            ? value
            : throw new Kinlink.Domain.Common.ValidationFailedException(field, string.IsNullOrWhiteSpace(text) ? $"Give {what}: {List(code)}." : $"'{text.Trim()}' is not {what}: use {List(code)}.");

    private static bool TryParse<T>(string? text, T[] values, Func<T, string> code, bool acceptNames, out T value)
        where T : struct, Enum
    {
        var wanted = (text ?? "").Trim().Replace('_', '-');
        foreach (var candidate in values)
        {
            if (string.Equals(code(candidate), wanted, StringComparison.OrdinalIgnoreCase)
                || (acceptNames && string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase)))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
