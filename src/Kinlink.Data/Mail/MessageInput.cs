namespace Kinlink.Data.Mail;

/// <summary>
/// A message as a form or an API body gives it: kind, direction and intake as codes, the person by registry reference (or
/// id), the family's enquiry and the message it answers by reference (optional), the family member, the language and the text.
/// </summary>
public sealed record MessageInput
{
    public string? Kind { get; init; }
    public string? Direction { get; init; }
    public string? Person { get; init; }
    public string? Enquiry { get; init; }
    public string? CorrespondentName { get; init; }
    public string? CorrespondentAddress { get; init; }
    public string? CorrespondentRelation { get; init; }
    public string? Language { get; init; }
    public string? Text { get; init; }

    /// <summary>How it came in; caseworker when not said.</summary>
    public string? Intake { get; init; }

    /// <summary>The message this one answers (MSG-XXXX-XXXX).</summary>
    public string? ReplyTo { get; init; }
}
