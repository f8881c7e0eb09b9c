namespace Kinlink.Domain.Visits;

// Strongly typed ids of the visits module; trivial, so they share this file.
public readonly record struct VisitRequestId(Guid Value)
{
    public static VisitRequestId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct VisitRequestEventId(Guid Value)
{
    public static VisitRequestEventId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct VisitId(Guid Value)
{
    public static VisitId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct VisitFollowUpId(Guid Value)
{
    public static VisitFollowUpId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
