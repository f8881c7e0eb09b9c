namespace Kinlink.Data.Access;

/// <summary>
/// The audit records of one HTTP request or one command, collected while it runs and queued as one entry when it
/// ends (<see cref="Dispose"/>), whether it ended well or with an exception: data shown before a failure were still
/// shown. Opened by <see cref="AuditTrail.BeginRequest"/>; the services record into it without knowing.
/// </summary>
public sealed class AuditRequestScope : IDisposable
{
    private readonly List<AuditRecord> _records = [];
    private readonly Lock _lock = new();
    private bool _ended;

    internal AuditRequestScope(AuditTrail trail, string request, AuditRequestScope? outer)
    {
        Trail = trail;
        Request = request;
        Outer = outer;
    }

    public string Request { get; }

    internal AuditTrail Trail { get; }

    internal AuditRequestScope? Outer { get; }

    /// <returns>False once the scope has ended: work that outlives its request is recorded on its own.</returns>
    internal bool TryAdd(AuditRecord record)
    {
        lock (_lock)
        {
            if (_ended)
            {
                return false;
            }

            _records.Add(record);
            return true;
        }
    }

    public void Dispose()
    {
        List<AuditRecord> records;
        lock (_lock)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            records = [.. _records];
        }

        Trail.EndRequest(this, records);
    }
}
