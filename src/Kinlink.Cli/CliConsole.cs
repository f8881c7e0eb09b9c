using System.Text.RegularExpressions;

namespace Kinlink.Cli;

/// <summary>Where commands read and write: the process's standard streams, or a test's string readers and writers.</summary>
internal sealed partial record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input, for secrets such as <c>--password-stdin</c>; empty unless the caller gives one.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Writes one line to standard error: scripts and people read the first line, not a stack trace.</summary>
    public void Fail(string message) => Error.WriteLine($"error: {OneLine(message)}");

    public static string OneLine(string message) => LineBreaks().Replace(message.Trim(), " ");

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
