namespace Kinlink.Domain.Tracing;

public readonly record struct EnquiryEventId(Guid Value)
{
    public static EnquiryEventId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
