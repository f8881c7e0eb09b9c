using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>
/// An action that comes out of a visit (a medical referral, a message to deliver, a family to inform, a question to
/// the authority), with an owner, a due date and a state.
/// </summary>
public sealed class VisitFollowUp
{
    public const int DescriptionLength = 2000;
    public const int OwnerLength = 100;

    private VisitFollowUp()
    {
    }

    public VisitFollowUpId Id { get; private set; }

    public VisitId VisitId { get; private set; }

    /// <summary>The person the action is about, if one.</summary>
    public PersonId? PersonId { get; private set; }

    public VisitFollowUpKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>The account name of who must do it.</summary>
    public string Owner { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public VisitFollowUpState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset StateChangedAt { get; private set; }

    public string StateChangedBy { get; private set; } = "";

    /// <summary>What was done, or why the action was cancelled.</summary>
    public string StateNote { get; private set; } = "";

    public int Version { get; private set; }

    public bool IsOverdue(DateOnly today) => State is VisitFollowUpState.Open or VisitFollowUpState.InProgress && DueOn < today;

    public static VisitFollowUp Create(VisitId visitId, PersonId? personId, VisitFollowUpKind kind, string? description, string? owner, DateOnly dueOn, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var followUp = new VisitFollowUp
        {
            Id = VisitFollowUpId.New(),
            VisitId = visitId,
            PersonId = personId,
            State = VisitFollowUpState.Open,
            CreatedAt = at,
            CreatedBy = actor.UserName,
            StateChangedAt = at,
            StateChangedBy = actor.UserName,
        };
        followUp.Apply(kind, description, owner, dueOn);
        return followUp;
    }

    /// <summary>Changes what the action is, who owns it, or when it is due.</summary>
    public void Update(VisitFollowUpKind kind, string? description, string? owner, DateOnly dueOn) => Apply(kind, description, owner, dueOn);

    /// <summary>
    /// Moves the action on: open to in progress, either to done or cancelled (with a note), and done or cancelled back
    /// to open when it turns out not to be finished (with a note).
    /// </summary>
    public void ChangeState(VisitFollowUpState to, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = (note ?? "").Trim();
        var allowed = State switch
        {
            VisitFollowUpState.Open => to is VisitFollowUpState.InProgress or VisitFollowUpState.Done or VisitFollowUpState.Cancelled,
            VisitFollowUpState.InProgress => to is VisitFollowUpState.Open or VisitFollowUpState.Done or VisitFollowUpState.Cancelled,
            _ => to == VisitFollowUpState.Open,
        };
        if (!allowed)
        {
            throw new DomainRuleException("state", $"A follow-up that is {State} cannot become {to}.");
        }

        if (trimmed.Length > DescriptionLength)
        {
            throw new ValidationFailedException("note", $"At most {DescriptionLength} characters.");
        }

        if (trimmed.Length == 0 && (to is VisitFollowUpState.Done or VisitFollowUpState.Cancelled || State is VisitFollowUpState.Done or VisitFollowUpState.Cancelled))
        {
            throw new ValidationFailedException("note", to == VisitFollowUpState.Done ? "Say what was done." : "Say why.");
        }

        State = to;
        StateNote = trimmed;
        StateChangedAt = at;
        StateChangedBy = actor.UserName;
    }

    private void Apply(VisitFollowUpKind kind, string? description, string? owner, DateOnly dueOn)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(kind))
        {
            errors["kind"] = ["Unknown kind of follow-up."];
        }

        var text = (description ?? "").Trim();
        if (text.Length == 0 || text.Length > DescriptionLength)
        {
            errors["description"] = [$"Say what must be done (at most {DescriptionLength} characters)."];
        }

        var ownerName = (owner ?? "").Trim();
        if (ownerName.Length == 0 || ownerName.Length > OwnerLength)
        {
            errors["owner"] = ["Name the account that owns the action."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        Kind = kind;
        Description = text;
        Owner = ownerName;
        DueOn = dueOn;
    }
}
