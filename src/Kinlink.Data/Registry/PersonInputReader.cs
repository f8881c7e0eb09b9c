using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;

namespace Kinlink.Data.Registry;

/// <summary>
/// Turns text input into domain values, collecting every problem with the field it belongs to
/// (camel-case names as in the API: <c>givenName</c>, <c>dateOfBirth</c>), so one answer lists them all.
/// </summary>
public static class PersonInputReader
{
    public static PersonDetails Read(PersonInput input, IReadOnlyDictionary<string, PartyId> partiesByCode, PersonCategory? defaultCategory = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(partiesByCode);
        var errors = new Dictionary<string, string[]>();

        var category = defaultCategory ?? PersonCategory.PrisonerOfWar;
        if (!string.IsNullOrWhiteSpace(input.Category) && !RegistryCodes.TryParseCategory(input.Category, out category))
        {
            errors["category"] = [$"'{input.Category}' is not a category: use pow or internee."];
        }

        PersonNameParts? name = null;
        try
        {
            name = PersonNameParts.Create(input.Surname, input.GivenName, input.Patronymic);
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                errors[ToCamel(field)] = messages;
            }
        }

        if (!RegistryCodes.TryParseSex(input.Sex, out var sex))
        {
            errors["sex"] = [$"'{input.Sex}' is not a sex: use M, F or leave it empty."];
        }

        if (!PartialDate.TryParse(input.DateOfBirth, out var dateOfBirth, out var dateError))
        {
            errors["dateOfBirth"] = [dateError!];
        }

        PartyId? dependsOn = null;
        if (!string.IsNullOrWhiteSpace(input.DependsOn))
        {
            if (partiesByCode.TryGetValue(input.DependsOn.Trim().ToUpperInvariant(), out var partyId))
            {
                dependsOn = partyId;
            }
            else
            {
                errors["dependsOn"] = [$"'{input.DependsOn}' is not a known party code ({string.Join(", ", partiesByCode.Keys.Order(StringComparer.Ordinal))})."];
            }
        }

        CheckLength(errors, "serviceNumber", input.ServiceNumber, 40);
        CheckLength(errors, "rank", input.Rank, 100);
        CheckLength(errors, "fatherName", input.FatherName, 100);
        CheckLength(errors, "motherMaidenName", input.MotherMaidenName, 100);
        CheckLength(errors, "placeOfBirth", input.PlaceOfBirth, 200);
        CheckLength(errors, "informName", input.InformName, 200);
        CheckLength(errors, "languages", input.Languages, 200);
        CheckLength(errors, "informAddress", input.InformAddress, 500);
        CheckLength(errors, "correspondenceAddress", input.CorrespondenceAddress, 500);

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return new PersonDetails(
            category, name!, sex, dateOfBirth, input.PlaceOfBirth, input.Rank, input.ServiceNumber, dependsOn,
            input.FatherName, input.MotherMaidenName, input.InformName, input.InformAddress, input.CorrespondenceAddress, input.Languages);
    }

    /// <summary>The script of a name as written, for the name form.</summary>
    public static NameScriptKind ScriptOf(PersonNameParts name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ScriptDetector.Detect($"{name.Surname} {name.GivenName} {name.Patronymic}") switch
        {
            NameScript.Unknown => NameScriptKind.Unknown,
            NameScript.Latin => NameScriptKind.Latin,
            NameScript.Cyrillic => NameScriptKind.Cyrillic,
            NameScript.Mixed => NameScriptKind.Mixed,
        };
    }

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = [$"At most {max} characters."];
        }
    }

    private static string ToCamel(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
