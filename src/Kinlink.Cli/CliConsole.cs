using System.Text.RegularExpressions;

namespace Kinlink.Cli;

/// <summary>Where commands write: the process's standard streams, or a test's string writers.</summary>
internal sealed partial record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Writes one line to standard error: scripts and people read the first line, not a stack trace.</summary>
    public void Fail(string message) => Error.WriteLine($"error: {OneLine(message)}");

    public static string OneLine(string message) => LineBreaks().Replace(message.Trim(), " ");

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
