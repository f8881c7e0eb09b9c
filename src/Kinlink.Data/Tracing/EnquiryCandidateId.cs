namespace Kinlink.Data.Tracing;

public readonly record struct EnquiryCandidateId(Guid Value)
{
    public static EnquiryCandidateId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
