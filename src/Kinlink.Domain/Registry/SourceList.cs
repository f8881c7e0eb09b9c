using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// Where information came from: a notification list a party sent, or a manual entry. Every name form and
/// event points to its source, so a caseworker can tell which list said what.
/// </summary>
public sealed class SourceList
{
    private SourceList()
    {
    }

    public SourceListId Id { get; private set; }

    public string Label { get; private set; } = "";

    public string FileName { get; private set; } = "";

    /// <summary>The party that sent the list (the detaining party).</summary>
    public PartyId? PartyId { get; private set; }

    /// <summary>SHA-256 of the file, so a second import of the same file can be recognised.</summary>
    public string ContentHash { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public int RowsTotal { get; private set; }

    public int RowsAccepted { get; private set; }

    public int RowsRejected { get; private set; }

    public int PersonsCreated { get; private set; }

    public int PersonsUpdated { get; private set; }

    public int EventsAdded { get; private set; }

    public static SourceList Create(string label, string fileName, PartyId? partyId, string contentHash, DateTimeOffset importedAt, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ValidationFailedException("source", "Name the source, for example \"list of 2026-11-20\".");
        }

        return new SourceList
        {
            Id = SourceListId.New(),
            Label = label.Trim(),
            FileName = Path.GetFileName(fileName ?? ""),
            PartyId = partyId,
            ContentHash = contentHash ?? "",
            ImportedAt = importedAt,
            ImportedBy = actor.UserName,
        };
    }

    public void RecordOutcome(int rowsTotal, int rowsAccepted, int rowsRejected, int personsCreated, int personsUpdated, int eventsAdded)
    {
        RowsTotal = rowsTotal;
        RowsAccepted = rowsAccepted;
        RowsRejected = rowsRejected;
        PersonsCreated = personsCreated;
        PersonsUpdated = personsUpdated;
        EventsAdded = eventsAdded;
    }
}
