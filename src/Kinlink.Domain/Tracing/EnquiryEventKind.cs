namespace Kinlink.Domain.Tracing;

/// <summary>What a case event changed: the status, or the located person's answer on sharing news.</summary>
public enum EnquiryEventKind
{
    Status = 1,
    SharingConsent = 2,
}
