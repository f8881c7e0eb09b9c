using System.Globalization;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Turns an <see cref="EnquiryInput"/> into an <see cref="EnquiryDraft"/>, collecting every value that cannot be read with
/// its dotted field name, then adding the rules' problems (<see cref="EnquiryRules"/>) for the fields that could be read,
/// so one answer lists them all.
/// </summary>
public static class EnquiryInputReader
{
    public static EnquiryDraft Read(EnquiryInput input, IReadOnlyDictionary<string, PartyId> partiesByCode, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(partiesByCode);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        var enquirerInput = input.Enquirer ?? new EnquirerInput();
        var relation = ReadCode<EnquirerRelation>(errors, "enquirer.relation", enquirerInput.Relation, TracingCodes.Of, "relation");
        var language = ReadCode<EnquiryLanguage>(errors, "enquirer.language", enquirerInput.Language, TracingCodes.Of, "language");
        var enquirer = new EnquirerDraft(enquirerInput.FullName, relation, enquirerInput.RelationOther, enquirerInput.Phone, enquirerInput.Email, enquirerInput.PostalAddress, language);

        var sought = ReadSoughtPerson(input.SoughtPerson ?? new SoughtPersonInput(), partiesByCode, errors);
        // A name that could not be read is already reported by its part; the rules would add that it is missing.
        var nameUnreadable = sought.Name is null && errors.Keys.Any(k => k is "soughtPerson.surname" or "soughtPerson.givenName" or "soughtPerson.patronymic");

        var circumstancesInput = input.Circumstances ?? new CircumstancesInput();
        var lastNews = ReadPartialDate(errors, "circumstances.lastNewsDate", circumstancesInput.LastNewsDate);
        var circumstances = new LastNewsDraft(lastNews, circumstancesInput.LastNewsPlace, circumstancesInput.HowNewsCame);

        var channel = ReadCode<EnquiryChannel>(errors, "channel", input.Channel, TracingCodes.Of, "channel");
        var legalBasis = ReadCode<LegalBasis>(errors, "legalBasis", input.LegalBasis, TracingCodes.Of, "legal basis");

        DateOnly? consentDate = null;
        var consentDateText = input.Consent?.Date?.Trim();
        if (!string.IsNullOrEmpty(consentDateText))
        {
            if (DateOnly.TryParseExact(consentDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                consentDate = parsed;
            }
            else
            {
                errors["consent.date"] = [$"'{consentDateText}' is not a date: write YYYY-MM-DD."];
            }
        }

        var draft = new EnquiryDraft(enquirer, sought, circumstances, channel, legalBasis, input.LegalBasisNote, input.Consent?.Given ?? false, consentDate);
        foreach (var (field, messages) in EnquiryRules.Problems(draft, today))
        {
            if (nameUnreadable && field == "soughtPerson.surname")
            {
                continue;
            }

            errors.TryAdd(field, messages);
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return draft;
    }

    private static SoughtPersonDraft ReadSoughtPerson(SoughtPersonInput input, IReadOnlyDictionary<string, PartyId> partiesByCode, Dictionary<string, string[]> errors)
    {
        PersonNameParts? name = null;
        try
        {
            name = PersonNameParts.Create(input.Surname, input.GivenName, input.Patronymic);
        }
        catch (ValidationFailedException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                errors["soughtPerson." + (field switch { "given_name" => "givenName", var other => other })] = messages;
            }
        }

        if (!RegistryCodes.TryParseSex(input.Sex, out var sex))
        {
            errors["soughtPerson.sex"] = [$"'{input.Sex}' is not a sex: use M, F or leave it empty."];
        }

        var dateOfBirth = ReadPartialDate(errors, "soughtPerson.dateOfBirth", input.DateOfBirth);

        ApproximateAge? age = null;
        if (input.ApproximateAge is { } ageInput && (ageInput.Years is not null || !string.IsNullOrWhiteSpace(ageInput.AsOf)))
        {
            var asOf = ReadPartialDate(errors, "soughtPerson.approximateAge.asOf", ageInput.AsOf);
            if (ageInput.Years is not { } years)
            {
                errors["soughtPerson.approximateAge.years"] = ["Give the age in years."];
            }
            else if (years is < 0 or > ApproximateAge.MaxYears)
            {
                errors["soughtPerson.approximateAge.years"] = [$"An age is between 0 and {ApproximateAge.MaxYears} years."];
            }
            else if (asOf is null)
            {
                errors.TryAdd("soughtPerson.approximateAge.asOf", ["Give the date the age was true on (YYYY-MM-DD, YYYY-MM or YYYY)."]);
            }
            else
            {
                age = ApproximateAge.Create(years, asOf);
            }
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
                errors["soughtPerson.dependsOn"] = [$"'{input.DependsOn}' is not a known party code ({string.Join(", ", partiesByCode.Keys.Order(StringComparer.Ordinal))})."];
            }
        }

        return new SoughtPersonDraft(name, sex, dateOfBirth, age, input.PlaceOfBirth, input.MilitaryUnit, input.ServiceNumber, dependsOn);
    }

    private static PartialDate? ReadPartialDate(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        errors[field] = [error!];
        return null;
    }

    /// <summary>An empty value is left to the rules (which say whether it is required); an unknown one is named here.</summary>
    private static T? ReadCode<T>(Dictionary<string, string[]> errors, string field, string? text, Func<T, string> code, string what)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TracingCodes.TryParse(text, code, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text.Trim()}' is not a {what}: use {TracingCodes.List(code)}."];
        return null;
    }
}
