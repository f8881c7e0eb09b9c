using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>A person's fields as text, so the audit trail can say which ones a request changed, from what to what.</summary>
internal static class PersonFields
{
    /// <summary>Every field a user or a list can change; the current status ones are derived from events but still shown.</summary>
    public static Dictionary<string, string?> Snapshot(Person? person) => person is null ? [] : new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["reference"] = person.Reference.Value,
        ["category"] = RegistryCodes.Of(person.Category),
        ["surname"] = person.Surname,
        ["given_name"] = person.GivenName,
        ["patronymic"] = person.Patronymic,
        ["sex"] = RegistryCodes.Of(person.Sex),
        ["date_of_birth"] = person.DateOfBirth?.ToString(),
        ["place_of_birth"] = person.PlaceOfBirth,
        ["rank"] = person.Rank,
        ["service_number"] = person.ServiceNumber,
        ["depends_on"] = person.DependsOnPartyId?.Value.ToString(),
        ["father_name"] = person.FatherName,
        ["mother_maiden_name"] = person.MotherMaidenName,
        ["inform_name"] = person.InformName,
        ["inform_address"] = person.InformAddress,
        ["correspondence_address"] = person.CorrespondenceAddress,
        ["languages"] = person.Languages,
        ["status"] = RegistryCodes.Of(person.CurrentStatus),
        ["place"] = person.CurrentPlaceId?.Value.ToString(),
        ["status_since"] = person.StatusSince?.ToString(),
        ["seriously_ill_or_wounded"] = person.SeriouslyIllOrWounded.ToString(CultureInfo.InvariantCulture),
        ["last_health_news"] = person.LastHealthNews?.ToString(),
    };

    /// <summary>The fields whose value differs; empty strings count as absent, so a new person lists only what it has.</summary>
    public static List<AuditChange> Changes(Person person, Dictionary<string, string?> before)
    {
        var after = Snapshot(person);
        var changes = new List<AuditChange>();
        foreach (var (field, value) in after)
        {
            var old = before.GetValueOrDefault(field);
            if (!string.Equals(Blank(old), Blank(value), StringComparison.Ordinal))
            {
                changes.Add(new AuditChange(person.Id, field, Blank(old), Blank(value)));
            }
        }

        return changes;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
