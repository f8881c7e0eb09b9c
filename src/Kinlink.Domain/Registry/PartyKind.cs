namespace Kinlink.Domain.Registry;

public enum PartyKind
{
    /// <summary>A State party to the international armed conflict.</summary>
    ConflictParty = 0,

    /// <summary>The neutral intermediary that runs Kinlink.</summary>
    Intermediary = 1,
}
