namespace Kinlink.Bench;

/// <summary>
/// Puts a run's results into a markdown file between two markers, leaving the hand-written text around them alone.
/// Each verb has markers of its own (<c>&lt;!-- results --&gt;</c> for compare, <c>&lt;!-- results:pages --&gt;</c>
/// for pages), so the verbs can write into one document without replacing each other's results.
/// </summary>
public static class ResultsDocument
{
    public static void Write(string path, string results, string section = "")
    {
        var name = section.Length == 0 ? "results" : "results:" + section;
        var start = $"<!-- {name} -->";
        var end = $"<!-- /{name} -->";
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var at = text.IndexOf(start, StringComparison.Ordinal);
        var endAt = text.IndexOf(end, StringComparison.Ordinal);
        var block = $"{start}\n{results.TrimEnd()}\n{end}";
        text = at >= 0 && endAt > at
            ? text[..at] + block + text[(endAt + end.Length)..]
            : text.TrimEnd() + (text.Length > 0 ? "\n\n" : "") + block + "\n";
        File.WriteAllText(path, text);
    }
}
