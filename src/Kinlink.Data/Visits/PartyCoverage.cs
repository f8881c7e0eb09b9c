namespace Kinlink.Data.Visits;

/// <summary>Visit coverage of the places one party holds, summed.</summary>
public sealed record PartyCoverage(string PartyCode, string PartyName, int Held, int Seen, int Overdue, DateOnly? LastVisitOn)
{
    public double SeenShare => Held == 0 ? 0 : (double)Seen / Held;
}
