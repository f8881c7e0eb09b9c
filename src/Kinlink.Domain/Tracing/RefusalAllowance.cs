namespace Kinlink.Domain.Tracing;

/// <summary>
/// What a located person who refused to share news still allowed the family to be told (domain.md R-I4: "with refusal,
/// the family is told only what the person allowed").
/// </summary>
public enum RefusalAllowance
{
    Nothing = 0,
    ThatAlive = 1,
}
