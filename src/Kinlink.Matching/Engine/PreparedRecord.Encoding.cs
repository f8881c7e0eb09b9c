using System.Globalization;
using System.Text;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Names;

namespace Kinlink.Matching.Engine;

/// <summary>
/// The stored form of a prepared record: a database keeps it with each name form, so that a search
/// rebuilds candidates without running normalisation, transliteration and the keyboard re-typing again.
/// </summary>
/// <remarks>
/// Layout: the version, then thirteen fields separated by U+001E: the source's surname, given name,
/// patronymic, date of birth, sex and place of birth; the surname, given-name and patronymic readings;
/// the given-name classes, the surname field's classes; the father's class; the place skeleton.
/// Lists separate their items by U+001F; a reading is its layout flag (0 as written, 1 re-typed),
/// its text, U+001D and its skeleton; a class is its diminutive flag (0 or 1) and its code. A source
/// name that equals its field's first reading is written as U+0002, and a missing one as U+0001.
/// Values that follow from these by plain string rules (folded surname keys, given keys, the
/// patronymic stem, the inferred sex) are derived again on decoding, exactly as <see cref="From"/> does.
/// </remarks>
public sealed partial class PreparedRecord
{
    /// <summary>
    /// The version of <see cref="Encode"/>'s format and of what it stores: raise it whenever the format or
    /// <see cref="From"/>'s readings change, so that stored forms are recognised as stale and rebuilt.
    /// </summary>
    public const int EncodingVersion = 1;

    private const char FieldSeparator = '\u001E';
    private const char ItemSeparator = '\u001F';
    private const char PartSeparator = '\u001D';
    private const char Missing = '\u0001';
    private const char SameAsReading = '\u0002';
    private const int FieldCount = 13;

    private static readonly string VersionPrefix = EncodingVersion.ToString(CultureInfo.InvariantCulture);

    /// <summary>The record in its stored form; <see cref="Decode"/> rebuilds it.</summary>
    /// <exception cref="ArgumentException">A name holds one of the control characters the format uses as delimiters.</exception>
    public string Encode()
    {
        var text = new StringBuilder(128);
        text.Append(VersionPrefix);
        AppendSource(text, Source.Surname, Surname, "surname");
        AppendSource(text, Source.GivenName, GivenName, "given name");
        AppendSource(text, Source.Patronymic, Patronymic, "patronymic");
        text.Append(FieldSeparator).Append(Source.DateOfBirth?.ToString());
        text.Append(FieldSeparator);
        if (Source.Sex is { } sex)
        {
            text.Append(Checked(sex.ToString(), "sex"));
        }

        AppendSource(text, Source.PlaceOfBirth, [], "place of birth");
        AppendReadings(text, Surname, "surname");
        AppendReadings(text, GivenName, "given name");
        AppendReadings(text, Patronymic, "patronymic");
        AppendClasses(text, GivenClasses);
        AppendClasses(text, SurnameFieldClasses);
        text.Append(FieldSeparator).Append(Father?.Code);
        text.Append(FieldSeparator).Append(Checked(PlaceSkeleton, "place of birth"));
        return text.ToString();
    }

    /// <summary>Rebuilds the record that <see cref="Encode"/> wrote, under <paramref name="id"/>.</summary>
    /// <exception cref="FormatException">The text is not a stored record of this <see cref="EncodingVersion"/>.</exception>
    public static PreparedRecord Decode(string id, string encoded)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(encoded);
        Span<Range> fields = stackalloc Range[FieldCount + 2];
        var span = encoded.AsSpan();
        var count = span.Split(fields, FieldSeparator);
        if (count == 0 || !span[fields[0]].SequenceEqual(VersionPrefix))
        {
            var version = count == 0 ? "" : span[fields[0]].ToString();
            throw new FormatException($"The stored prepared record has format version \"{Shorten(version)}\"; version {VersionPrefix} is expected.");
        }

        if (count != FieldCount + 1)
        {
            throw new FormatException($"The stored prepared record has {count - 1} fields; {FieldCount} are expected.");
        }

        var surname = DecodeReadings(span[fields[7]], "surname");
        var given = DecodeReadings(span[fields[8]], "given name");
        var patronymic = DecodeReadings(span[fields[9]], "patronymic");
        var source = new MatchRecord(
            id,
            DecodeSource(span[fields[1]], surname, "surname"),
            DecodeSource(span[fields[2]], given, "given name"),
            DecodeSource(span[fields[3]], patronymic, "patronymic"),
            DecodeDate(span[fields[4]]),
            DecodeSex(span[fields[5]]),
            DecodeSource(span[fields[6]], [], "place of birth"));
        var classes = DecodeClasses(span[fields[10]], "given-name classes");
        var surnameFieldClasses = DecodeClasses(span[fields[11]], "surname field classes");
        var fatherCode = span[fields[12]];
        var father = fatherCode.IsEmpty ? null : ClassOf(fatherCode, "father");
        return Assemble(source, surname, given, patronymic, classes, surnameFieldClasses, father, span[fields[13]].ToString());
    }

    private static void AppendSource(StringBuilder text, string? value, IReadOnlyList<NameReading> readings, string field)
    {
        text.Append(FieldSeparator);
        if (value is null)
        {
            text.Append(Missing);
        }
        else if (readings.Count > 0 && string.Equals(value, readings[0].Text, StringComparison.Ordinal))
        {
            text.Append(SameAsReading);
        }
        else
        {
            text.Append(Checked(value, field));
        }
    }

    private static void AppendReadings(StringBuilder text, IReadOnlyList<NameReading> readings, string field)
    {
        text.Append(FieldSeparator);
        for (var i = 0; i < readings.Count; i++)
        {
            if (i > 0)
            {
                text.Append(ItemSeparator);
            }

            var reading = readings[i];
            text.Append(reading.WrongLayout ? '1' : '0')
                .Append(Checked(reading.Text, field))
                .Append(PartSeparator)
                .Append(Checked(reading.Skeleton, field));
        }
    }

    private static void AppendClasses(StringBuilder text, IReadOnlyList<NameClassMatch> classes)
    {
        text.Append(FieldSeparator);
        for (var i = 0; i < classes.Count; i++)
        {
            if (i > 0)
            {
                text.Append(ItemSeparator);
            }

            text.Append(classes[i].Diminutive ? '1' : '0').Append(classes[i].Class.Code);
        }
    }

    private static string Checked(string value, string field)
    {
        foreach (var c in value)
        {
            if (c is Missing or SameAsReading or PartSeparator or ItemSeparator or FieldSeparator)
            {
                throw new ArgumentException(
                    $"The {field} \"{value}\" holds the control character U+{(int)c:X4}, which a stored prepared record uses as a delimiter.", nameof(value));
            }
        }

        return value;
    }

    private static string? DecodeSource(ReadOnlySpan<char> value, NameReading[] readings, string field)
    {
        if (value.Length == 1 && value[0] == Missing)
        {
            return null;
        }

        if (value.Length == 1 && value[0] == SameAsReading)
        {
            return readings.Length > 0
                ? readings[0].Text
                : throw new FormatException($"The stored {field} refers to its first reading, but the record has no {field} reading.");
        }

        return value.ToString();
    }

    private static BirthDate? DecodeDate(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        // Read without BirthDate.Parse's range checks: any date a record held must come back as it was.
        Span<Range> parts = stackalloc Range[4];
        var count = value.Split(parts, '-');
        if (count is < 1 or > 3
            || !int.TryParse(value[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !TryPart(value, parts, count, 1, out var month)
            || !TryPart(value, parts, count, 2, out var day))
        {
            throw new FormatException($"The stored date of birth \"{Shorten(value.ToString())}\" is not YYYY-MM-DD, YYYY-MM or YYYY.");
        }

        return new BirthDate(year, month, day);

        static bool TryPart(ReadOnlySpan<char> value, Span<Range> parts, int count, int index, out int? part)
        {
            part = null;
            if (index >= count)
            {
                return true;
            }

            var parsed = int.TryParse(value[parts[index]], NumberStyles.None, CultureInfo.InvariantCulture, out var number);
            part = number;
            return parsed;
        }
    }

    private static char? DecodeSex(ReadOnlySpan<char> value) => value.Length switch
    {
        0 => null,
        1 => value[0],
        _ => throw new FormatException($"The stored sex \"{Shorten(value.ToString())}\" is not one letter."),
    };

    private static NameReading[] DecodeReadings(ReadOnlySpan<char> value, string field)
    {
        if (value.IsEmpty)
        {
            return [];
        }

        var readings = new NameReading[value.Count(ItemSeparator) + 1];
        var index = 0;
        foreach (var range in value.Split(ItemSeparator))
        {
            var item = value[range];
            var split = item.IndexOf(PartSeparator);
            if (item.Length < 2 || item[0] is not ('0' or '1') || split < 0)
            {
                throw new FormatException($"The stored {field} reading \"{Shorten(item.ToString())}\" is not a layout flag, a text and a skeleton.");
            }

            var skeleton = item[(split + 1)..];
            if (skeleton.IsEmpty)
            {
                throw new FormatException($"The stored {field} reading \"{Shorten(item.ToString())}\" has no skeleton.");
            }

            readings[index++] = new NameReading(item[1..split].ToString(), skeleton.ToString(), WrongLayout: item[0] == '1');
        }

        return readings;
    }

    private static NameClassMatch[] DecodeClasses(ReadOnlySpan<char> value, string field)
    {
        if (value.IsEmpty)
        {
            return [];
        }

        var classes = new NameClassMatch[value.Count(ItemSeparator) + 1];
        var index = 0;
        foreach (var range in value.Split(ItemSeparator))
        {
            var item = value[range];
            if (item.Length < 2 || item[0] is not ('0' or '1'))
            {
                throw new FormatException($"The stored {field} entry \"{Shorten(item.ToString())}\" is not a diminutive flag and a class code.");
            }

            classes[index++] = new NameClassMatch(ClassOf(item[1..], field), Diminutive: item[0] == '1');
        }

        return classes;
    }

    private static GivenNameClass ClassOf(ReadOnlySpan<char> code, string field) =>
        GivenNames.Find(code) ?? throw new FormatException(
            $"The stored {field} names the class \"{Shorten(code.ToString())}\", which the name table ({GivenNames.TableVersion}) does not hold.");

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
