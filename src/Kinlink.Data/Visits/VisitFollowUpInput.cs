namespace Kinlink.Data.Visits;

/// <summary>
/// A follow-up action as a form or an API body gives it: <see cref="Kind"/> a code (<c>medical-referral</c>,
/// <c>message-to-deliver</c>, <c>family-to-inform</c>, <c>question-to-authority</c>, <c>other</c>), the owner an
/// account's user name, the due date <c>YYYY-MM-DD</c>, the person (optional) by registry reference.
/// </summary>
public sealed record VisitFollowUpInput
{
    public string? Kind { get; init; }
    public string? Description { get; init; }
    public string? Owner { get; init; }
    public string? DueOn { get; init; }
    public string? Person { get; init; }
    public int? Version { get; init; }
}
