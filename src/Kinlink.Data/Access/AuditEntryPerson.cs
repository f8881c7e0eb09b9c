using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>A person shown or changed by an audit entry; indexed by person to answer "who looked at this person?".</summary>
public sealed class AuditEntryPerson
{
    public long EntrySequence { get; set; }

    public PersonId PersonId { get; set; }
}
