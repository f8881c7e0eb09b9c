namespace Kinlink.Data.Mail;

/// <summary>The messages of an enquiry for its family, and whether the family may hand in a message online.</summary>
public sealed record FamilyMail(IReadOnlyList<FamilyMessage> Messages, bool MayHandIn)
{
    public static FamilyMail None { get; } = new([], false);
}
