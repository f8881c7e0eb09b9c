using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>One name form or status event a merge moved to the survivor: the list a split gives back.</summary>
public sealed class PersonMergeRow
{
    private PersonMergeRow()
    {
    }

    public Guid Id { get; private set; }

    public PersonMergeId MergeId { get; private set; }

    public PersonMergeRowKind Kind { get; private set; }

    public Guid RowId { get; private set; }

    internal static PersonMergeRow Create(PersonMergeId mergeId, PersonMergeRowKind kind, Guid rowId) =>
        new() { Id = Guid.CreateVersion7(), MergeId = mergeId, Kind = kind, RowId = rowId };
}
