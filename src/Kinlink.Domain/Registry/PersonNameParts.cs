using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>Surname, given name and patronymic, trimmed, with single spaces. The surname is required.</summary>
public sealed record PersonNameParts
{
    private PersonNameParts(string surname, string givenName, string patronymic)
    {
        Surname = surname;
        GivenName = givenName;
        Patronymic = patronymic;
    }

    public string Surname { get; }

    public string GivenName { get; }

    public string Patronymic { get; }

    public static PersonNameParts Create(string? surname, string? givenName, string? patronymic)
    {
        var cleanSurname = Clean(surname);
        if (cleanSurname.Length == 0)
        {
            throw new ValidationFailedException("surname", "The surname is required.");
        }

        var parts = new PersonNameParts(cleanSurname, Clean(givenName), Clean(patronymic));
        foreach (var (field, value) in new[] { ("surname", parts.Surname), ("given_name", parts.GivenName), ("patronymic", parts.Patronymic) })
        {
            if (value.Length > 100)
            {
                throw new ValidationFailedException(field, "A name part is at most 100 characters.");
            }

            if (value.Any(c => char.IsControl(c) || char.IsDigit(c)))
            {
                throw new ValidationFailedException(field, "A name cannot contain digits or control characters.");
            }
        }

        return parts;
    }

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
