namespace Kinlink.Domain.Tracing;

/// <summary>
/// A located person's answer to whether news of them may go to the enquirer (domain.md R-I4). Nothing is shared while
/// it is <see cref="NotAsked"/>; with <see cref="Refused"/> the family is told only what the person allowed.
/// </summary>
public enum SharingConsent
{
    NotAsked = 0,
    Given = 1,
    Refused = 2,
}
