using System.CommandLine;
using System.Globalization;
using Kinlink.Matching.Evaluation;
using Kinlink.Matching.Scoring;

namespace Kinlink.Cli.Commands;

/// <summary><c>kinlink eval febrl|cross-script|train</c>: measure the matcher on labelled data, and estimate its model.</summary>
internal static class EvalCommands
{
    /// <summary>The seed of the published cross-script numbers; training uses other seeds.</summary>
    public const int EvaluationSeed = 20261127;

    public static readonly int[] TrainingSeeds = [1, 2];

    private static readonly string[] FebrlTrainingFiles = ["dataset1.csv", "dataset2.csv", "dataset3.csv"];

    public static Command Create(CliConsole console)
    {
        var eval = new Command("eval", "Measure the matcher on labelled data: recall at 1 and 10, mean reciprocal rank, precision of likely.");
        eval.Subcommands.Add(Febrl(console));
        eval.Subcommands.Add(CrossScript(console));
        eval.Subcommands.Add(Train(console));
        return eval;
    }

    private static Command Febrl(CliConsole console)
    {
        var data = DataOption("Folder holding dataset4a.csv and dataset4b.csv of FEBRL (shared/data/febrl).");
        var command = new Command("febrl", "FEBRL4: dataset4a as the registry, dataset4b as the enquiries, names and date of birth only.");
        command.Options.Add(data);
        command.SetAction(parseResult =>
        {
            LabelledSet set;
            try
            {
                set = Kinlink.Matching.Evaluation.Febrl.LoadLinkage(parseResult.GetValue(data)!.FullName);
            }
            catch (MatchCsvException ex)
            {
                console.Fail(ex.Message);
                return ExitCodes.Failed;
            }

            console.Out.WriteLine(Evaluator.Run("FEBRL4 (4a registry, 4b enquiries; names and date of birth)", set).ToText());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CrossScript(CliConsole console)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed gives the same data.", DefaultValueFactory = _ => EvaluationSeed };
        var size = new Option<int>("--registry-size") { Description = "Registry records to generate.", DefaultValueFactory = _ => 20_000 };
        var queries = new Option<int>("--queries") { Description = "Enquiries to generate; a fifth of them about persons not in the registry.", DefaultValueFactory = _ => 5_000 };
        var write = new Option<DirectoryInfo?>("--write")
        {
            Description = "Also write registry.csv, queries.csv and truth.csv (query_id,record_id) to this folder, for kinlink match.",
            HelpName = "folder",
        };
        var command = new Command("cross-script", "A generated benchmark across Ukrainian Cyrillic, Russian Cyrillic and Latin, with typing and copying slips, namesakes, brothers and enquiries whose person is not in the registry.");
        command.Options.Add(seed);
        command.Options.Add(size);
        command.Options.Add(queries);
        command.Options.Add(write);
        size.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 10)
            {
                result.AddError("--registry-size must be 10 or more.");
            }
        });
        queries.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--queries must be 1 or more.");
            }
        });
        command.SetAction(parseResult =>
        {
            var set = new CrossScriptGenerator(parseResult.GetValue(seed)).Generate(parseResult.GetValue(size), parseResult.GetValue(queries));
            if (parseResult.GetValue(write) is { } folder)
            {
                WriteSet(set, folder);
                console.Out.WriteLine($"Wrote registry.csv, queries.csv and truth.csv to {folder.FullName}.");
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"cross-script (seed {parseResult.GetValue(seed)})");
            console.Out.WriteLine(Evaluator.Run(name, set).ToText());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Train(CliConsole console)
    {
        var data = DataOption("Folder holding FEBRL's dataset1.csv, dataset2.csv and dataset3.csv (never dataset4, the evaluation set).");
        var output = new Option<string>("--out")
        {
            Description = "File to write the model to (src/Kinlink.Matching/Scoring/match-model.json to replace the embedded one).",
            HelpName = "file",
            Required = true,
        };
        var version = new Option<string>("--model-version") { Description = "Version written into the model.", Required = true };
        var command = new Command("train", "Estimate the model's m and u: m from the true pairs, u from random pairs, of generated cross-script sets (seeds other than the evaluation's) and FEBRL 1-3.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(version);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!.FullName;
            var sets = new List<(string, LabelledSet)>();
            foreach (var seed in TrainingSeeds)
            {
                sets.Add(($"cross-script seed {seed.ToString(CultureInfo.InvariantCulture)}", new CrossScriptGenerator(seed).Generate(20_000, 5_000)));
            }

            foreach (var file in FebrlTrainingFiles)
            {
                sets.Add(($"FEBRL {file}", Kinlink.Matching.Evaluation.Febrl.LoadDeduplication(Path.Combine(folder, file))));
            }

            var current = MatchModel.Default;
            var model = ModelTrainer.Train(sets, current, parseResult.GetValue(version)!, randomPairsPerSet: 100_000, seed: 7,
                current.LikelyThreshold, current.LikelyMargin, current.PossibleThreshold);
            var path = Path.GetFullPath(parseResult.GetValue(output)!);
            MatchCommands.WriteAtomically(path, writer => writer.Write(model.ToJson() + "\n"));
            console.Out.WriteLine($"Wrote model {model.Version} to {path}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<DirectoryInfo> DataOption(string description) => new Option<DirectoryInfo>("--data")
    {
        Description = description,
        HelpName = "folder",
        Required = true,
    }.AcceptExistingOnly();

    private static void WriteSet(LabelledSet set, DirectoryInfo folder)
    {
        folder.Create();
        MatchCommands.WriteAtomically(Path.Combine(folder.FullName, "registry.csv"), writer => MatchCsv.Write(writer, set.Registry));
        MatchCommands.WriteAtomically(Path.Combine(folder.FullName, "queries.csv"), writer => MatchCsv.Write(writer, set.Queries));
        MatchCommands.WriteAtomically(Path.Combine(folder.FullName, "truth.csv"), writer =>
        {
            writer.Write("query_id,record_id\n");
            foreach (var query in set.Queries)
            {
                writer.Write($"{MatchCsv.Quote(query.Id)},{MatchCsv.Quote(set.Truth[query.Id])}\n");
            }
        });
    }
}
