namespace Kinlink.Data.Registry;

/// <summary>
/// An event as a form, an API body or a list row gives it. <see cref="Kind"/> is one of
/// captured, notified, registered, transferred, hospitalised, discharged, health-news, released,
/// repatriated, escaped, died; places are given by code.
/// </summary>
public sealed record StatusEventInput
{
    public string? Kind { get; init; }
    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? FromPlace { get; init; }
    public string? Condition { get; init; }
    public bool SeriouslyIllOrWounded { get; init; }
    public string? Note { get; init; }
    public string? Source { get; init; }
    public bool IsCorrection { get; init; }
}
