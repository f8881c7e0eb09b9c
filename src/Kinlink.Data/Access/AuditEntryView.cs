namespace Kinlink.Data.Access;

/// <summary>
/// An entry as the trail page shows it: <see cref="Persons"/> holds at most <see cref="AuditService.PersonsShownPerEntry"/>
/// of the <see cref="PersonCount"/> persons named; <see cref="Changes"/> are decrypted.
/// </summary>
public sealed record AuditEntryView(
    long Sequence,
    DateTime At,
    string UserName,
    string Organisation,
    string? Request,
    IReadOnlyList<string> Actions,
    string Summary,
    int PersonCount,
    IReadOnlyList<AuditPersonLink> Persons,
    IReadOnlyList<AuditChangeView> Changes);
