namespace Kinlink.Domain.Tracing;

public readonly record struct EnquiryContactId(Guid Value)
{
    public static EnquiryContactId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
