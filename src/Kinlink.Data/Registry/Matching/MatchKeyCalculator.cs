using System.IO.Hashing;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;

namespace Kinlink.Data.Registry.Matching;

/// <summary>
/// The rows of <c>person_match_subjects</c> and <c>person_match_keys</c> for one person: its prepared name forms,
/// and the union, over all its name forms, of the candidate keys (<see cref="CandidateKeys.ForRecord(PreparedRecord)"/>)
/// and the name-frequency keys (<see cref="FrequencyKeys"/>), each form read with the person's date of birth, sex
/// and place of birth.
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

    /// <summary>A stable 64-bit hash of a key's text, the same on every server and provider and in the in-memory matcher (<see cref="CandidateKeys.Hash"/>).</summary>
    public static long Hash(string key) => CandidateKeys.Hash(key);

    public static long SurnameFrequencyHash(string surnameKey) => Hash(SurnameFrequencyPrefix + surnameKey);

    public static long GivenNameFrequencyHash(string givenKey) => Hash(GivenNameFrequencyPrefix + givenKey);

    /// <summary>The prepared forms and the keys of a person with the given name forms (the current name first).</summary>
    public static PersonMatchRows For(Person person, IEnumerable<(string Surname, string GivenName, string Patronymic)> nameForms)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.IsMerged)
        {
            // A merged record is a tombstone: no search may find it, its survivor carries its names.
            return new PersonMatchRows("", []);
        }

        var prepared = nameForms.Select(form => PreparedRecord.From(RecordOf(person.Id, form, person.DateOfBirth, person.Sex, person.PlaceOfBirth))).ToList();
        return new PersonMatchRows(MatchForms.Join(prepared), KeysOf(prepared));
    }

    /// <summary>The rows of a person whose name forms are loaded (a new person, or one read with its forms).</summary>
    public static PersonMatchRows For(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return For(person, NamesOf(person, person.NameForms));
    }

    public static HashSet<long> For(IEnumerable<MatchRecord> records) => KeysOf(records.Select(PreparedRecord.From));

    private static HashSet<long> KeysOf(IEnumerable<PreparedRecord> forms)
    {
        var keys = new HashSet<long>();
        foreach (var prepared in forms)
        {
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

    /// <summary>
    /// One name form as the matcher reads it. Control characters are dropped: they carry nothing a match could use,
    /// and the stored forms delimit their fields with them (names refuse them already; a place of birth may not).
    /// </summary>
    public static MatchRecord RecordOf(PersonId id, (string Surname, string GivenName, string Patronymic) name, PartialDate? dateOfBirth, Sex sex, string placeOfBirth) =>
        new(id.Value.ToString(), WithoutControls(name.Surname), WithoutControls(name.GivenName), WithoutControls(name.Patronymic), BirthDateOf(dateOfBirth), SexOf(sex), WithoutControls(placeOfBirth));

    private static string WithoutControls(string text) =>
        text is null || !text.Any(char.IsControl) ? text! : string.Concat(text.Where(c => !char.IsControl(c)));

    public static BirthDate? BirthDateOf(PartialDate? date) => date is null ? null : new BirthDate(date.Year, date.Month, date.Day);

    public static char? SexOf(Sex sex) => sex switch
    {
        Sex.Male => 'M',
        Sex.Female => 'F',
        Sex.Unknown => null,
    };

    /// <summary>
    /// The name forms a person's keys are made of: the person's current name first (a party that sees the person
    /// only as notified is compared on it alone), then every other stored form.
    /// </summary>
    public static IEnumerable<(string Surname, string GivenName, string Patronymic)> NamesOf(Person person, IEnumerable<PersonNameForm> forms) =>
        forms.Select(f => (f.Surname, f.GivenName, f.Patronymic))
            .Prepend((person.Surname, person.GivenName, person.Patronymic))
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

        // The storage version (2: keys by subject number, prepared forms stored) and the forms' encoding are part of it:
        // a change to either rewrites every person's rows just as a change of keys does.
        return $"xxh64-v2-scheme{CandidateKeys.SchemeVersion}-forms{PreparedRecord.EncodingVersion}-{hash.GetCurrentHashAsUInt64():x16}";
    }
}

/// <summary>A person's <see cref="Persistence.PersonMatchSubject.Forms"/> and the hashes of its key rows.</summary>
internal sealed record PersonMatchRows(string Forms, HashSet<long> Keys);
