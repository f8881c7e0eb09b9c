namespace Kinlink.Domain.Registry;

/// <summary>The state of a person derived from the timeline.</summary>
public enum PersonStatus
{
    /// <summary>No event says the person is or was deprived of liberty.</summary>
    Unknown = 0,
    Held = 1,
    InHospital = 2,
    Released = 3,
    Repatriated = 4,
    Escaped = 5,
    Dead = 6,
}
