namespace Kinlink.Data.Access;

/// <summary>
/// One audited request: who (user and organisation) did what, when, to which persons. Append-only: nothing in
/// Kinlink updates or deletes an entry. <see cref="Mac"/> chains it to the entry before (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3... with no gaps: a missing number is a deleted entry.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, to the microsecond (what PostgreSQL keeps), so the MAC recomputes the same after a round trip.</summary>
    public DateTime At { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The user's party code, or <see cref="AuditRecord.Intermediary"/>.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>
    /// What was done, e.g. person.read, person.search, person.update, persons.export; a request that did several
    /// things lists them comma-separated in the order done ("person.update,person.read").
    /// </summary>
    public string Action { get; set; } = "";

    /// <summary>What was asked, in words: the search terms, the reference read, the file imported.</summary>
    public string Summary { get; set; } = "";

    /// <summary>
    /// The HTTP method, path and query keys (never query values, which may hold names), or "kinlink &lt;command&gt;";
    /// null for work no request asked for. Part of the MAC.
    /// </summary>
    public string? Request { get; set; }

    public int PersonCount { get; set; }

    /// <summary>JSON array of changed fields; field names in clear, before and after values encrypted with the person's key.</summary>
    public string? Changes { get; set; }

    public string PreviousMac { get; set; } = "";

    public string Mac { get; set; } = "";
}
