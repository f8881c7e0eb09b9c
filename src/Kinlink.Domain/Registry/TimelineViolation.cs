namespace Kinlink.Domain.Registry;

/// <summary>An event the timeline rules refuse, and why.</summary>
public sealed record TimelineViolation(StatusEvent Event, string Reason);
