namespace Kinlink.Domain.Tracing;

/// <summary>Who reached out: the family to the intermediary, or the intermediary to the family.</summary>
public enum ContactDirection
{
    Incoming = 1,
    Outgoing = 2,
}
