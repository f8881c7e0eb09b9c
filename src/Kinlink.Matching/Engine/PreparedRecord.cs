using Kinlink.Matching.Dates;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Engine;

/// <summary>
/// Everything comparison needs from one record, computed once: readings and keys of each name
/// field, the given-name classes, the father's class, the date and the sex (given or inferred).
/// </summary>
public sealed partial class PreparedRecord
{
    private PreparedRecord(MatchRecord source)
    {
        Source = source;
    }

    public MatchRecord Source { get; }

    public IReadOnlyList<NameReading> Surname { get; private init; } = [];

    /// <summary>Gender-folded surname keys, one per reading.</summary>
    public IReadOnlyList<string> SurnameKeys { get; private init; } = [];

    public IReadOnlyList<NameReading> GivenName { get; private init; } = [];

    public IReadOnlyList<NameClassMatch> GivenClasses { get; private init; } = [];

    public IReadOnlyList<NameReading> Patronymic { get; private init; } = [];

    /// <summary>Given-name classes of the surname field, for when surname and given name were written in each other's fields.</summary>
    public IReadOnlyList<NameClassMatch> SurnameFieldClasses { get; private init; } = [];

    public GivenNameClass? Father { get; private init; }

    public string PatronymicStem { get; private init; } = "";

    public BirthDate? DateOfBirth => Source.DateOfBirth;

    /// <summary>'M' or 'F' as given, else as the name class or the patronymic ending says; null when unknown.</summary>
    public char? Sex { get; private init; }

    public bool SexInferred { get; private init; }

    public string PlaceSkeleton { get; private init; } = "";

    /// <summary>
    /// Keys for the given name: its classes (ALEKSANDR) or, for a name outside the table, its skeleton.
    /// Diminutives give their classes too, so Саша finds Олександр.
    /// </summary>
    public IReadOnlyList<string> GivenKeys { get; private init; } = [];

    public static PreparedRecord From(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = NameFieldSplitter.Split(record);
        var surname = Readings(fields.Surname);
        var given = Readings(fields.GivenName);
        var patronymic = Readings(fields.Patronymic);

        var classes = ClassesOf(given);
        GivenNameClass? father = null;
        foreach (var reading in patronymic)
        {
            father ??= Patronymics.FatherOfSkeleton(reading.Skeleton);
        }

        return Assemble(record, surname, given, patronymic, classes, ClassesOf(surname), father, NameSkeleton.Of(MixedScript.Repair(record.PlaceOfBirth)));
    }

    /// <summary>The record from its readings and classes: what follows from them by plain string rules is derived here, for <see cref="From"/> and <see cref="Decode"/> alike.</summary>
    private static PreparedRecord Assemble(
        MatchRecord record,
        IReadOnlyList<NameReading> surname,
        IReadOnlyList<NameReading> given,
        IReadOnlyList<NameReading> patronymic,
        IReadOnlyList<NameClassMatch> classes,
        IReadOnlyList<NameClassMatch> surnameFieldClasses,
        GivenNameClass? father,
        string placeSkeleton)
    {
        var givenKeys = new List<string>(Math.Max(1, classes.Count));
        if (classes.Count > 0)
        {
            foreach (var match in classes)
            {
                givenKeys.Add(match.Class.Code);
            }
        }
        else
        {
            foreach (var reading in given)
            {
                AddDistinct(givenKeys, reading.Skeleton);
            }
        }

        var surnameKeys = new List<string>(surname.Count);
        foreach (var reading in surname)
        {
            AddDistinct(surnameKeys, reading.Folded);
        }

        var (sex, inferred) = SexOf(record.Sex, classes, patronymic);
        return new PreparedRecord(record)
        {
            Surname = surname,
            SurnameKeys = surnameKeys,
            GivenName = given,
            GivenClasses = classes,
            SurnameFieldClasses = surnameFieldClasses,
            GivenKeys = givenKeys,
            Patronymic = patronymic,
            Father = father,
            PatronymicStem = patronymic.Count > 0 ? Patronymics.Stem(patronymic[0].Skeleton) : "",
            Sex = sex,
            SexInferred = inferred,
            PlaceSkeleton = placeSkeleton,
        };
    }

    private static void AddDistinct(List<string> keys, string key)
    {
        if (key.Length > 0 && !keys.Contains(key, StringComparer.Ordinal))
        {
            keys.Add(key);
        }
    }

    /// <summary>Each class once, in the order first met, as a full form when any reading is one.</summary>
    private static List<NameClassMatch> ClassesOf(List<NameReading> readings)
    {
        var classes = new List<NameClassMatch>(2);
        foreach (var reading in readings)
        {
            foreach (var match in GivenNames.LookupSkeleton(reading.Skeleton))
            {
                var known = classes.FindIndex(c => c.Class.Code == match.Class.Code);
                if (known < 0)
                {
                    classes.Add(match);
                }
                else if (classes[known].Diminutive && !match.Diminutive)
                {
                    classes[known] = match;
                }
            }
        }

        return classes;
    }

    /// <summary>The field as written and, when it cannot be a name as typed, as re-typed on the other layout.</summary>
    internal static List<NameReading> Readings(string? field)
    {
        var readings = new List<NameReading>(2);
        if (string.IsNullOrWhiteSpace(field))
        {
            return readings;
        }

        var text = MixedScript.Repair(field.Trim());
        var skeleton = NameSkeleton.Of(text);
        if (skeleton.Length > 0)
        {
            readings.Add(new NameReading(text, skeleton, WrongLayout: false));
        }

        // Re-typing a real name on the other layout gives letters no name has, which LooksMistyped
        // rejects; re-typing mistyped letters gives a name. So the re-typed reading is kept exactly
        // when it is plausible, whether or not the field as written looked wrong (Ырумсрутлщ does not).
        var retyped = ScriptDetector.HasCyrillic(text)
            ? KeyboardLayout.CyrillicKeysToLatin(text)
            : KeyboardLayout.LatinKeysToCyrillic(text, CyrillicLanguage.Unknown);
        var retypedSkeleton = NameSkeleton.Of(retyped);
        if (retypedSkeleton.Length > 2 && retyped != text && retypedSkeleton != skeleton && !KeyboardLayout.LooksMistyped(retyped))
        {
            readings.Add(new NameReading(retyped, retypedSkeleton, WrongLayout: true));
        }

        return readings;
    }

    private static (char? Sex, bool Inferred) SexOf(char? given, IReadOnlyList<NameClassMatch> classes, IReadOnlyList<NameReading> patronymic)
    {
        if (given is 'M' or 'F')
        {
            return (given, false);
        }

        char? classSex = null;
        var mixed = false;
        foreach (var match in classes)
        {
            mixed |= classSex is { } seen && seen != match.Class.Sex;
            classSex = match.Class.Sex;
        }

        if (classSex is { } only && !mixed)
        {
            return (only == 'm' ? 'M' : 'F', true);
        }

        if (patronymic.Count > 0)
        {
            var skeleton = patronymic[0].Skeleton;
            if (skeleton.EndsWith("viq", StringComparison.Ordinal) || skeleton.EndsWith("iq", StringComparison.Ordinal))
            {
                return ('M', true);
            }

            if (skeleton.EndsWith("vna", StringComparison.Ordinal) || skeleton.EndsWith("qna", StringComparison.Ordinal))
            {
                return ('F', true);
            }
        }

        return (null, false);
    }
}
