namespace Kinlink.Data.Access;

/// <summary>The outcome of checking the chain: intact, or the first entry whose link is broken and why.</summary>
public sealed record AuditVerification(long Entries, long? BrokenAt, string? Reason)
{
    public bool Intact => BrokenAt is null;
}
