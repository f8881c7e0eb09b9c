namespace Kinlink.Data.Access;

/// <summary>What can be shown of a before or after value in the trail.</summary>
public enum AuditValueKind
{
    /// <summary>There was no value (a field set for the first time, or cleared).</summary>
    None,

    /// <summary>Decrypted with the person's key.</summary>
    Shown,

    /// <summary>The person's key was erased: the value is gone on purpose, the entry is still whole.</summary>
    Erased,

    /// <summary>The stored value does not decrypt: damaged, or moved from another person's entry.</summary>
    Unreadable,
}
