namespace Kinlink.Data.Access;

/// <summary>
/// The single row that says where the chain ends. Writers lock it first, so entries from several servers get
/// consecutive numbers; verification compares it with the last entry, so deleting entries at the end shows too.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public long LastSequence { get; set; }

    public string LastMac { get; set; } = "";
}
