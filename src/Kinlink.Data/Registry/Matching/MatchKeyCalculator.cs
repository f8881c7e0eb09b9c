using System.IO.Hashing;
using System.Text;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// The rows of <c>person_match_keys</c> for one person: the union, over all the person's name forms, of the
/// candidate keys (<see cref="CandidateKeys.ForRecord(PreparedRecord)"/>) and the name-frequency keys
/// (<see cref="FrequencyKeys"/>), each form read with the person's date of birth, sex and place of birth.
/// </summary>
internal static class MatchKeyCalculator
{
    /// <summary>Prefix of a surname-frequency key; candidate keys never start with it.</summary>
    public const string SurnameFrequencyPrefix = "fs:";

    public const string GivenNameFrequencyPrefix = "fg:";

    /// <summary>The setting that names the key scheme the stored keys were written with.</summary>
    public const string SchemeSetting = "match-keys.scheme";

    private static readonly Lazy<string> LazyScheme = new(ComputeScheme);

    /// <summary>
    /// A fingerprint of the key scheme: the hash of the keys of a few fixed records. When CandidateKeys, the name
    /// tables or the normalisation change, it changes, and start-up writes every person's keys again.
    /// </summary>
    public static string Scheme => LazyScheme.Value;

    /// <summary>A stable 64-bit hash of a key's text (XxHash64 of its UTF-8 bytes); the same on every server and provider.</summary>
    public static long Hash(string key) => unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key)));

    public static long SurnameFrequencyHash(string surnameKey) => Hash(SurnameFrequencyPrefix + surnameKey);

    public static long GivenNameFrequencyHash(string givenKey) => Hash(GivenNameFrequencyPrefix + givenKey);

    public static HashSet<long> For(Person person, IEnumerable<(string Surname, string GivenName, string Patronymic)> nameForms)
    {
        ArgumentNullException.ThrowIfNull(person);
        return For(nameForms.Select(form => RecordOf(person.Id, form, person.DateOfBirth, person.Sex, person.PlaceOfBirth)));
    }

    /// <summary>The key rows of a person whose name forms are loaded (a new person, or one read with its forms).</summary>
    public static IEnumerable<PersonMatchKey> RowsFor(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return For(person, NamesOf(person, person.NameForms)).Select(key => new PersonMatchKey { Key = key, PersonId = person.Id });
    }

    public static HashSet<long> For(IEnumerable<MatchRecord> records)
    {
        var keys = new HashSet<long>();
        foreach (var record in records)
        {
            var prepared = PreparedRecord.From(record);
            foreach (var key in CandidateKeys.ForRecord(prepared))
            {
                keys.Add(Hash(key));
            }

            foreach (var key in FrequencyKeys.Surnames(prepared))
            {
                keys.Add(SurnameFrequencyHash(key));
            }

            foreach (var key in FrequencyKeys.GivenNames(prepared))
            {
                keys.Add(GivenNameFrequencyHash(key));
            }
        }

        return keys;
    }

    public static MatchRecord RecordOf(PersonId id, (string Surname, string GivenName, string Patronymic) name, PartialDate? dateOfBirth, Sex sex, string placeOfBirth) =>
        new(id.Value.ToString(), name.Surname, name.GivenName, name.Patronymic, BirthDateOf(dateOfBirth), SexOf(sex), placeOfBirth);

    public static BirthDate? BirthDateOf(PartialDate? date) => date is null ? null : new BirthDate(date.Year, date.Month, date.Day);

    public static char? SexOf(Sex sex) => sex switch
    {
        Sex.Male => 'M',
        Sex.Female => 'F',
        Sex.Unknown => null,
    };

    /// <summary>The name forms a person's keys are made of: every stored form, and the person's current name.</summary>
    public static IEnumerable<(string Surname, string GivenName, string Patronymic)> NamesOf(Person person, IEnumerable<PersonNameForm> forms) =>
        forms.Select(f => (f.Surname, f.GivenName, f.Patronymic))
            .Append((person.Surname, person.GivenName, person.Patronymic))
            .Distinct();

    private static string ComputeScheme()
    {
        // Records that reach every key kind: a full date, a patronymic, a diminutive, a Latin spelling, a typo.
        MatchRecord[] probes =
        [
            new("1", "Коваленко", "Александр", "Николаевич", new BirthDate(1994, 3, 12), 'M', "Харьков"),
            new("2", "Kovalenko", "Oleksandr", null, new BirthDate(1994, null, null), null, null),
            new("3", "Ковальська", "Оксана", "Іванівна", new BirthDate(2001, 11, null), 'F', "Львів"),
            new("4", "Shevchenko", "Sasha", "Petrovich", null, null, null),
            new("5", "Лисенко Юрій", null, null, new BirthDate(1980, 1, 2), null, null),
        ];
        var hash = new XxHash64();
        foreach (var key in For(probes).Order())
        {
            hash.Append(BitConverter.GetBytes(key));
        }

        return $"xxh64-v1-scheme{CandidateKeys.SchemeVersion}-{hash.GetCurrentHashAsUInt64():x16}";
    }
}
