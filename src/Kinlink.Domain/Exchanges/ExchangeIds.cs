namespace Kinlink.Domain.Exchanges;

// Strongly typed ids of exchanges, repatriation, deaths and judicial proceedings; trivial, so they share this file.
public readonly record struct ExchangeId(Guid Value)
{
    public static ExchangeId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct ExchangeEntryId(Guid Value)
{
    public static ExchangeEntryId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct MedicalCaseId(Guid Value)
{
    public static MedicalCaseId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct DeathNotificationId(Guid Value)
{
    public static DeathNotificationId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct EffectsPacketId(Guid Value)
{
    public static EffectsPacketId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct EffectsItemId(Guid Value)
{
    public static EffectsItemId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct JudicialProceedingId(Guid Value)
{
    public static JudicialProceedingId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct FamilyNoticeId(Guid Value)
{
    public static FamilyNoticeId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
