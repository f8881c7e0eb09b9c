namespace Kinlink.Domain.Registry;

public enum StatusEventKind
{
    Captured = 0,
    Notified = 1,
    Registered = 2,
    Transferred = 3,
    Hospitalised = 4,
    Discharged = 5,
    HealthNews = 6,
    Released = 7,
    Repatriated = 8,
    Escaped = 9,
    Died = 10,
}
