using System.Globalization;
using System.Text;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Scoring;

namespace Kinlink.Matching.Evaluation;

/// <summary>
/// The file mode's CSV contract. Input: UTF-8, header
/// <c>id,surname,given_name,patronymic,date_of_birth,sex,place_of_birth</c> (any order), RFC 4180
/// quoting. Output: <c>query_id,rank,record_id,score,bucket</c>. Any fault stops the read with the
/// file, line and column named, because a silently skipped row would bias an evaluation.
/// </summary>
public static class MatchCsv
{
    public static readonly IReadOnlyList<string> InputColumns = ["id", "surname", "given_name", "patronymic", "date_of_birth", "sex", "place_of_birth"];

    public const string OutputHeader = "query_id,rank,record_id,score,bucket";

    public static List<MatchRecord> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var rows = Parse(reader, fileName);
        if (rows.Count == 0)
        {
            throw new MatchCsvException(fileName, 1, null, $"the file is empty; it needs the header {string.Join(',', InputColumns)}");
        }

        var (headerLine, header) = rows[0];
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!InputColumns.Contains(name))
            {
                throw new MatchCsvException(fileName, headerLine, header[i], $"unknown column \"{header[i]}\"; the columns are {string.Join(',', InputColumns)}");
            }

            if (!positions.TryAdd(name, i))
            {
                throw new MatchCsvException(fileName, headerLine, name, "the column appears twice in the header");
            }
        }

        var missing = InputColumns.Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new MatchCsvException(fileName, headerLine, missing[0], $"the header lacks the column {string.Join(", ", missing)}");
        }

        var records = new List<MatchRecord>(rows.Count - 1);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new MatchCsvException(fileName, line, null, string.Create(CultureInfo.InvariantCulture, $"{fields.Length} fields where the header has {header.Length}"));
            }

            string? Value(string column)
            {
                var value = fields[positions[column]].Trim();
                return value.Length == 0 ? null : value;
            }

            var id = Value("id") ?? throw new MatchCsvException(fileName, line, "id", "the id is empty");
            if (!ids.TryAdd(id, line))
            {
                throw new MatchCsvException(fileName, line, "id", string.Create(CultureInfo.InvariantCulture, $"the id \"{id}\" was already used on line {ids[id]}"));
            }

            BirthDate? date = null;
            if (Value("date_of_birth") is { } dateText)
            {
                date = BirthDate.TryParse(dateText, out var parsed)
                    ? parsed
                    : throw new MatchCsvException(fileName, line, "date_of_birth", $"\"{dateText}\" is not a date of birth: write YYYY-MM-DD, YYYY-MM or YYYY");
            }

            char? sex = Value("sex") switch
            {
                null => null,
                "M" or "m" => 'M',
                "F" or "f" => 'F',
                var other => throw new MatchCsvException(fileName, line, "sex", $"\"{other}\" is not a sex: write M, F or leave it empty"),
            };

            records.Add(new MatchRecord(id, Value("surname"), Value("given_name"), Value("patronymic"), date, sex, Value("place_of_birth")));
        }

        return records;
    }

    public static void Write(TextWriter writer, IReadOnlyList<MatchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        writer.Write(string.Join(',', InputColumns));
        writer.Write('\n');
        foreach (var r in records)
        {
            var sex = r.Sex is { } s ? s.ToString() : "";
            writer.Write(string.Join(',', Quote(r.Id), Quote(r.Surname), Quote(r.GivenName), Quote(r.Patronymic), Quote(r.DateOfBirth?.ToString()), sex, Quote(r.PlaceOfBirth)));
            writer.Write('\n');
        }
    }

    public static void WriteResults(TextWriter writer, IReadOnlyList<MatchRecord> queries, IReadOnlyList<IReadOnlyList<MatchCandidate>> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(results);
        writer.Write(OutputHeader);
        writer.Write('\n');
        for (var q = 0; q < queries.Count; q++)
        {
            for (var rank = 0; rank < results[q].Count; rank++)
            {
                var candidate = results[q][rank];
                var bucket = candidate.Bucket == MatchBucket.Likely ? "likely" : "possible";
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{Quote(queries[q].Id)},{rank + 1},{Quote(candidate.RecordId)},{candidate.Score:0.###},{bucket}"));
                writer.Write('\n');
            }
        }
    }

    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static List<(int Line, string[] Fields)> Parse(TextReader reader, string fileName)
    {
        var rows = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var inQuotes = false;
        var quoteLine = 0;
        var first = true;
        int read;
        while ((read = reader.Read()) >= 0)
        {
            var c = (char)read;
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    quoteLine = line;
                    break;
                case '"':
                    throw new MatchCsvException(fileName, line, null, "a quotation mark inside an unquoted value; quote the whole value and double the mark");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add((rowStart, fields.ToArray()));
                    fields.Clear();
                    line++;
                    rowStart = line;
                    break;
                case '\uFFFD':
                    throw new MatchCsvException(fileName, line, null, "the file is not valid UTF-8");
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new MatchCsvException(fileName, quoteLine, null, "a quoted value starts here and is never closed");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowStart, fields.ToArray()));
        }

        return rows;
    }
}
