namespace Kinlink.Domain.Mail;

// Strongly typed ids of the mail module; trivial, so they share this file.
public readonly record struct MessageId(Guid Value)
{
    public static MessageId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct ParcelId(Guid Value)
{
    public static ParcelId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct MailBatchId(Guid Value)
{
    public static MailBatchId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct MailEventId(Guid Value)
{
    public static MailEventId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
