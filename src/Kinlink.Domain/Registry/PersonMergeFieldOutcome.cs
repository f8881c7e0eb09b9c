namespace Kinlink.Domain.Registry;

/// <summary>What a merge did with one single-valued field the absorbed person had.</summary>
public enum PersonMergeFieldOutcome
{
    /// <summary>The survivor had no value and took the absorbed person's.</summary>
    Filled = 0,

    /// <summary>Both had a value and they differ: the survivor's was kept, the other is shown in the merge record.</summary>
    Conflict = 1,
}
