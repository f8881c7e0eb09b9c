using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>One message or parcel of a person, for the person's page: what, which way, where it is; never its text or its sender.</summary>
public sealed record PersonMailEntry(string Reference, string ItemKind, MessageKind? MessageKind, MessageDirection Direction, MailStatus Status, DateTimeOffset ReceivedAt)
{
    public bool IsMessage => ItemKind == MailCodes.MessageItem;
}

/// <summary>A person's mail at a glance: how many items are on their way, delivered, undeliverable, and the latest few.</summary>
public sealed record PersonMailSummary(int Waiting, int Delivered, int Undeliverable, IReadOnlyList<PersonMailEntry> Latest);
