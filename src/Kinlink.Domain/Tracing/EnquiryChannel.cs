namespace Kinlink.Domain.Tracing;

/// <summary>How the enquiry reached the intermediary.</summary>
public enum EnquiryChannel
{
    Phone = 1,
    Online = 2,
    Office = 3,
    PartnerSociety = 4,
}
