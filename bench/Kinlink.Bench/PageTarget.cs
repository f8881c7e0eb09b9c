namespace Kinlink.Bench;

/// <summary>One line of the page table: a name and the paths it asks for, in turn (a different person each time).</summary>
public sealed record PageTarget(string Name, IReadOnlyList<string> Paths)
{
    public string PathAt(int request) => Paths[request % Paths.Count];
}
