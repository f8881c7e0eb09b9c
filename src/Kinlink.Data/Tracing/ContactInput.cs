namespace Kinlink.Data.Tracing;

/// <summary>A contact with the enquirer as a form or the API gives it: <c>date</c> (YYYY-MM-DD), <c>channel</c>, <c>direction</c>, <c>summary</c>.</summary>
public sealed record ContactInput
{
    public string? Date { get; init; }
    public string? Channel { get; init; }
    public string? Direction { get; init; }
    public string? Summary { get; init; }
}
