using Kinlink.Domain.Common;

namespace Kinlink.Data.Persistence;

/// <summary>
/// One candidate key (or name-frequency key) of one person, stored as a 64-bit hash of the key's text
/// (<see cref="Registry.Matching.MatchKeyCalculator"/>). A search reads the persons sharing a key with the enquiry from
/// this table's index; a hash collision only adds a candidate that scoring then turns down.
/// </summary>
public sealed class PersonMatchKey
{
    public long Key { get; set; }

    public PersonId PersonId { get; set; }
}
