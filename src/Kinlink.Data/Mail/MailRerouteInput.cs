namespace Kinlink.Data.Mail;

/// <summary>Which items to reroute: by reference, or every item on the worklist.</summary>
public sealed record MailRerouteInput
{
    public IReadOnlyList<string>? Items { get; init; }

    public bool All { get; init; }
}
