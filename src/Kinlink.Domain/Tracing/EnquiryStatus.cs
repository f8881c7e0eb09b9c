namespace Kinlink.Domain.Tracing;

/// <summary>Where a case stands. Only the first step exists so far; the rest of the life cycle comes with the review of matches.</summary>
public enum EnquiryStatus
{
    Open = 1,
}
