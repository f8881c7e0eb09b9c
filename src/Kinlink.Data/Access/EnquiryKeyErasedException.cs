using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Access;

/// <summary>A value cannot be decrypted because the enquiry's key was erased: the value is gone on purpose.</summary>
public sealed class EnquiryKeyErasedException : Exception
{
    public EnquiryKeyErasedException()
    {
    }

    public EnquiryKeyErasedException(string message) : base(message)
    {
    }

    public EnquiryKeyErasedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public EnquiryKeyErasedException(EnquiryId enquiryId) : base($"The data key of enquiry {enquiryId.Value} was erased; its encrypted values cannot be read any more.")
    {
        EnquiryId = enquiryId;
    }

    public EnquiryId? EnquiryId { get; }
}
