namespace Kinlink.Data.Persistence;

/// <summary>
/// One candidate key (or name-frequency key) of one person, stored as a 64-bit hash of the key's text
/// (<see cref="Registry.Matching.MatchKeyCalculator"/>) beside the person's <see cref="PersonMatchSubject.Number"/>.
/// A search reads the persons sharing a key with the enquiry from this table's primary key; a hash collision only
/// adds a candidate that scoring then turns down.
/// </summary>
public sealed class PersonMatchKey
{
    public long Key { get; set; }

    public int Number { get; set; }

    /// <summary>Set instead of <see cref="Number"/> when the subject is new in the same save and has no number yet.</summary>
    public PersonMatchSubject? Subject { get; set; }
}
