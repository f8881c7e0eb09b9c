using Kinlink.Data.Registry;

namespace Kinlink.Data.Visits;

/// <summary>
/// One person's result on a visit: a registered person by id or registry reference (<see cref="Person"/>), or a person
/// met for the first time (<see cref="NewPerson"/>, registered through the registry's rules). <see cref="NotSeenReason"/>
/// is a code (<c>transferred-elsewhere</c>, <c>in-hospital</c>, ...), empty when seen.
/// </summary>
public sealed record VisitPersonInput
{
    public string? Person { get; init; }
    public PersonInput? NewPerson { get; init; }
    public bool Seen { get; init; }
    public string? NotSeenReason { get; init; }
    public string? NotSeenNote { get; init; }
    public bool PrivateInterview { get; init; }
    public string? MessagesToSend { get; init; }
    public string? FamilyToInform { get; init; }
}
