namespace Kinlink.Data.Registry.Duplicates;

/// <summary>Where a proposed pair of duplicate records stands.</summary>
public enum DuplicatePairState
{
    /// <summary>Waiting for a caseworker's decision.</summary>
    Open = 0,

    /// <summary>Decided to be one person and merged (it may have been split again since).</summary>
    Merged = 1,

    /// <summary>Decided to be two persons; not proposed again unless one of the records changes.</summary>
    Dismissed = 2,
}
