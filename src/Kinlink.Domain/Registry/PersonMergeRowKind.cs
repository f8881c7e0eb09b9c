namespace Kinlink.Domain.Registry;

/// <summary>Which kind of row a merge moved from the absorbed person to the survivor.</summary>
public enum PersonMergeRowKind
{
    NameForm = 0,
    StatusEvent = 1,
}
