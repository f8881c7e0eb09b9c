namespace Kinlink.Domain.Tracing;

public readonly record struct EnquiryId(Guid Value)
{
    public static EnquiryId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
