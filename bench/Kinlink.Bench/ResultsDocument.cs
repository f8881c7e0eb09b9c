namespace Kinlink.Bench;

/// <summary>Puts a run's results into a markdown file between two markers, leaving the hand-written text around them alone.</summary>
public static class ResultsDocument
{
    public const string Start = "<!-- results -->";
    public const string End = "<!-- /results -->";

    public static void Write(string path, string results)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        var block = $"{Start}\n{results.TrimEnd()}\n{End}";
        text = start >= 0 && end > start
            ? text[..start] + block + text[(end + End.Length)..]
            : text.TrimEnd() + (text.Length > 0 ? "\n\n" : "") + block + "\n";
        File.WriteAllText(path, text);
    }
}
