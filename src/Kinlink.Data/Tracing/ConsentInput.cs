namespace Kinlink.Data.Tracing;

/// <summary>Whether the enquirer consented to the processing of the enquiry's data, and on which day (<c>YYYY-MM-DD</c>).</summary>
public sealed record ConsentInput
{
    public bool? Given { get; init; }
    public string? Date { get; init; }
}
