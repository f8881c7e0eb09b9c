using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Kinlink.Data.Registry.Matching;
using Kinlink.Matching.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink persons search "NAME" [--dob D] [--sex M|F] [--top N] [--format table|csv|json]</c>.</summary>
internal static class PersonsCommands
{
    private static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Names stay readable in the output: Коваленко, not \u041A...
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The whole name, in any order and script: \"Коваленко Олександр Миколайович\", \"Oleksandr Kovalenko\"." };
        var dob = new Option<string?>("--dob") { Description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.", HelpName = "date" };
        var sex = new Option<string?>("--sex") { Description = "M or F.", HelpName = "sex" };
        var top = new Option<int?>("--top") { Description = $"At most this many candidates, 1 to {PersonMatchSearch.MaxTop}. Default: {PersonMatchSearch.DefaultTop}.", HelpName = "n" };
        var format = new Option<string>("--format") { Description = "table (with the explanation under each candidate), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");

        var search = new Command("search", "Find persons by name with the matching engine: ranked candidates, their bucket and why, field by field.");
        search.Arguments.Add(name);
        search.Options.Add(dob);
        search.Options.Add(sex);
        search.Options.Add(top);
        search.Options.Add(format);
        search.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = CliHost.Create(parseResult, globals);
            // A search shows persons, so it is audited, which needs the keys (as an export does).
            await using var scope = await host.CreateWritingScopeAsync(cancellationToken);
            var service = scope.ServiceProvider.GetRequiredService<PersonMatchSearch>();
            var result = await service.SearchAsync(
                new PersonMatchQuery(parseResult.GetValue(name), parseResult.GetValue(dob), parseResult.GetValue(sex), parseResult.GetValue(top)),
                CliActor.Current, cancellationToken);
            var text = parseResult.GetValue(format) switch
            {
                "csv" => Csv(result),
                "json" => JsonSerializer.Serialize(Json(result), JsonOutput) + Environment.NewLine,
                _ => Table(result),
            };
            console.Out.Write(text);
            return ExitCodes.Ok;
        });

        var persons = new Command("persons", "Persons in the registry.");
        persons.Subcommands.Add(search);
        return persons;
    }

    private static string Table(PersonMatchResult result)
    {
        var text = new StringBuilder();
        if (result.Items.Count == 0)
        {
            return "No person is close enough to this name to propose." + Environment.NewLine;
        }

        for (var i = 0; i < result.Items.Count; i++)
        {
            var m = result.Items[i];
            text.Append(CultureInfo.InvariantCulture,
                $"{i + 1,3}  {m.Person.Reference}  {m.Person.FullName} ({m.Person.NameLatin})  {m.Person.DateOfBirth ?? "-"}  {Bucket(m.Bucket)}  score {m.Score:0.0}  p {m.Probability:0.000}{Environment.NewLine}");
            foreach (var line in m.Explanation)
            {
                text.Append("       ").Append(line.Text).Append(Environment.NewLine);
            }
        }

        text.Append("     ").Append(result.Prior).Append(Environment.NewLine);
        return text.ToString();
    }

    private static string Csv(PersonMatchResult result)
    {
        var text = new StringBuilder("rank,reference,id,surname,given_name,patronymic,date_of_birth,place_of_birth,score,bucket,probability,explanation\n");
        for (var i = 0; i < result.Items.Count; i++)
        {
            var m = result.Items[i];
            string[] values =
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), m.Person.Reference, m.Person.Id.Value.ToString(), m.Person.Surname, m.Person.GivenName, m.Person.Patronymic,
                m.Person.DateOfBirth ?? "", m.PlaceOfBirth, m.Score.ToString("0.00", CultureInfo.InvariantCulture), Bucket(m.Bucket),
                m.Probability.ToString("0.0000", CultureInfo.InvariantCulture), string.Join(" | ", m.Explanation.Select(e => e.Text)),
            ];
            text.AppendJoin(',', values.Select(Field)).Append('\n');
        }

        return text.ToString();
    }

    private static object Json(PersonMatchResult result) => new
    {
        result.ModelVersion,
        result.Prior,
        result.CandidatesScored,
        Items = result.Items.Select(m => new
        {
            Id = m.Person.Id.Value,
            m.Person.Reference,
            m.Person.Surname,
            m.Person.GivenName,
            m.Person.Patronymic,
            m.Person.NameLatin,
            m.Person.DateOfBirth,
            m.PlaceOfBirth,
            Score = Math.Round(m.Score, 2),
            Bucket = Bucket(m.Bucket),
            Probability = Math.Round(m.Probability, 4),
            Explanation = m.Explanation.Select(e => new { Field = JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Field.ToString()), e.Level, Kind = JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()), Weight = Math.Round(e.Weight, 2), e.Text }),
        }),
    };

    private static string Bucket(MatchBucket bucket) => bucket switch
    {
        MatchBucket.Likely => "likely",
        MatchBucket.Possible => "possible",
    };

    /// <summary>RFC 4180 quoting; a value that a spreadsheet would run as a formula gets a leading ', as the export does.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
