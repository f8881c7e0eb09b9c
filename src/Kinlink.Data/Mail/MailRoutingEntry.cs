using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// An item on the rerouting worklist: still on its way to a place its person is no longer held at (or never routed, and
/// the person is now held somewhere known), with where it goes now.
/// </summary>
public sealed record MailRoutingEntry(
    string ItemReference,
    string Kind,
    MailStatus Status,
    MailPerson Person,
    string? RoutedPlaceCode,
    string CurrentPlaceCode,
    string? BatchReference);
