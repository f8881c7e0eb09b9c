using BenchmarkDotNet.Running;
using Kinlink.Bench;

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.WriteLine(BenchOptions.Usage);
    Console.WriteLine(SeedRun.Usage);
    Console.WriteLine(PagesOptions.Usage);
    Console.WriteLine(ImportOptions.Usage);
    return args.Length == 0 ? 2 : 0;
}

if (args.Length > 1 && args[1] is "--help" or "-h")
{
    Console.WriteLine(args[0] switch
    {
        "seed" => SeedRun.Usage,
        "pages" => PagesOptions.Usage,
        "import" => ImportOptions.Usage,
        _ => BenchOptions.Usage,
    });
    return 0;
}

switch (args[0])
{
    case "micro":
        BenchmarkRunner.Run<OneQueryBenchmarks>(args: args[1..]);
        return 0;
    case "compare":
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args[1..]);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        var report = await CompareRun.RunAsync(options, Console.Out, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.WriteDoc is not null)
        {
            ResultsDocument.Write(options.WriteDoc, report);
            Console.WriteLine($"Results written to {options.WriteDoc}.");
        }

        return 0;
    case "seed":
        try
        {
            return await SeedRun.RunAsync(args[1..], Console.Out, CancellationToken.None);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine(SeedRun.Usage);
            return 2;
        }

    case "pages":
        PagesOptions pagesOptions;
        try
        {
            pagesOptions = PagesOptions.Parse(args[1..]);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine(PagesOptions.Usage);
            return 2;
        }

        var pagesReport = await PagesRun.RunAsync(pagesOptions, Console.Out, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(pagesReport);
        if (pagesOptions.WriteDoc is not null)
        {
            ResultsDocument.Write(pagesOptions.WriteDoc, pagesReport, "pages");
            Console.WriteLine($"Results written to {pagesOptions.WriteDoc}.");
        }

        return 0;
    case "import":
        ImportOptions importOptions;
        try
        {
            importOptions = ImportOptions.Parse(args[1..]);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine(ImportOptions.Usage);
            return 2;
        }

        Console.WriteLine();
        Console.WriteLine(await ImportRun.RunAsync(importOptions, Console.Out, CancellationToken.None));
        return 0;
    default:
        Console.Error.WriteLine($"error: unknown command \"{args[0]}\".");
        Console.Error.WriteLine(BenchOptions.Usage);
        return 2;
}
