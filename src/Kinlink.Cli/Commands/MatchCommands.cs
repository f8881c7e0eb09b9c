using System.CommandLine;
using System.Globalization;
using System.Text;
using Kinlink.Matching.Engine;
using Kinlink.Matching.Evaluation;
using Kinlink.Matching.Scoring;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink match --registry R.csv --queries Q.csv --top 10 --out results.csv</c>: the file mode of the matcher, no database.</summary>
internal static class MatchCommands
{
    private const string StandardOutput = "-";

    public static Command Create(CliConsole console)
    {
        var registry = new Option<FileInfo>("--registry")
        {
            Description = "Registry records: CSV, UTF-8, header id,surname,given_name,patronymic,date_of_birth,sex,place_of_birth.",
            HelpName = "file",
            Required = true,
        }.AcceptExistingOnly();
        var queries = new Option<FileInfo>("--queries")
        {
            Description = "Enquiries, in the same columns as the registry.",
            HelpName = "file",
            Required = true,
        }.AcceptExistingOnly();
        var top = new Option<int>("--top")
        {
            Description = "At most this many candidates per enquiry.",
            DefaultValueFactory = _ => 10,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--top must be 1 or more.");
            }
        });
        var output = new Option<string>("--out")
        {
            Description = "File to write the results to (query_id,rank,record_id,score,bucket), or - for standard output.",
            HelpName = "file",
            Required = true,
        };

        var match = new Command("match", "Match enquiries against registry records from CSV files with the engine the application uses; the best candidates per enquiry, with a score and a bucket (likely or possible).");
        match.Options.Add(registry);
        match.Options.Add(queries);
        match.Options.Add(top);
        match.Options.Add(output);
        match.SetAction((parseResult, cancellationToken) =>
        {
            List<MatchRecord> registryRecords, queryRecords;
            try
            {
                registryRecords = ReadRecords(parseResult.GetValue(registry)!);
                queryRecords = ReadRecords(parseResult.GetValue(queries)!);
            }
            catch (MatchCsvException ex)
            {
                console.Fail(ex.Message);
                return Task.FromResult(ExitCodes.Failed);
            }

            var matcher = new InMemoryMatcher(registryRecords);
            var results = matcher.FindAll(queryRecords, parseResult.GetValue(top), cancellationToken);
            var target = parseResult.GetValue(output)!;
            var summary = Summary(queryRecords.Count, registryRecords.Count, results, matcher.Scorer.Model.Version);
            if (target == StandardOutput)
            {
                MatchCsv.WriteResults(console.Out, queryRecords, results);
                console.Error.WriteLine(summary);
                return Task.FromResult(ExitCodes.Ok);
            }

            var path = Path.GetFullPath(target);
            WriteAtomically(path, writer => MatchCsv.WriteResults(writer, queryRecords, results));
            console.Out.WriteLine($"{summary} Results in {path}.");
            return Task.FromResult(ExitCodes.Ok);
        });
        return match;
    }

    internal static List<MatchRecord> ReadRecords(FileInfo file)
    {
        // Strict UTF-8: a file in another encoding is refused by line rather than matched as garbage.
        using var reader = new StreamReader(file.FullName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return MatchCsv.Read(reader, file.Name);
    }

    /// <summary>Writes beside the target and moves into place, so a failed run never leaves half a file under the name asked for.</summary>
    internal static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var folder = Path.GetDirectoryName(path);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder {folder} does not exist.");
        }

        var partial = path + ".partial";
        try
        {
            using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }

            throw;
        }
    }

    private static string Summary(int queries, int records, IReadOnlyList<IReadOnlyList<MatchCandidate>> results, string modelVersion)
    {
        var likely = results.Count(r => r.Count > 0 && r[0].Bucket == MatchBucket.Likely);
        var none = results.Count(r => r.Count == 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"Matched {queries} enquiries against {records} records (model {modelVersion}): {likely} with a likely candidate, {none} with no candidate.");
    }
}
