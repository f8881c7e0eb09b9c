namespace Kinlink.Data.Access;

/// <summary>The end of the chain as the witness last saw it: an entry's sequence number and MAC.</summary>
public sealed record AuditWitnessMark(long Sequence, string Mac);
