using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// Two records found to be one person, made one: the survivor takes every name form and event of the absorbed
/// record, fills its empty fields from it and keeps its own where both differ. The absorbed record stays as a
/// tombstone pointing to the survivor. The merge remembers exactly what moved and what was filled, so a split
/// gives it all back and leaves with the survivor only what was added after the merge.
/// </summary>
public sealed class PersonMerge
{
    private readonly List<PersonMergeRow> _rows = [];
    private readonly List<PersonMergeField> _fields = [];

    private PersonMerge()
    {
    }

    public PersonMergeId Id { get; private set; }

    public PersonId SurvivorId { get; private set; }

    public PersonId AbsorbedId { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset MergedAt { get; private set; }

    public string MergedBy { get; private set; } = "";

    public DateTimeOffset? SplitAt { get; private set; }

    public string? SplitBy { get; private set; }

    public bool IsSplit => SplitAt is not null;

    public IReadOnlyList<PersonMergeRow> Rows => _rows;

    public IReadOnlyList<PersonMergeField> Fields => _fields;

    /// <summary>The fields where both records had a value and they differ: the survivor's is kept, the other shown here.</summary>
    public IEnumerable<PersonMergeField> Conflicts => _fields.Where(f => f.Outcome == PersonMergeFieldOutcome.Conflict);

    public static PersonMerge Merge(Person survivor, Person absorbed, string? reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(absorbed);
        ArgumentNullException.ThrowIfNull(actor);
        if (survivor.Id == absorbed.Id)
        {
            throw new DomainRuleException("survivor", "A person cannot be merged with itself.");
        }

        foreach (var person in new[] { survivor, absorbed })
        {
            if (person.IsMerged)
            {
                throw new ConflictException($"{person.Reference} was already merged into another record; merge with that record instead.");
            }
        }

        var merge = new PersonMerge
        {
            Id = PersonMergeId.New(),
            SurvivorId = survivor.Id,
            AbsorbedId = absorbed.Id,
            Reason = (reason ?? "").Trim(),
            MergedAt = now,
            MergedBy = actor.UserName,
        };

        foreach (var field in Person.MergeableFields)
        {
            var mine = survivor.MergeValue(field);
            var theirs = absorbed.MergeValue(field);
            if (theirs is null || string.Equals(mine, theirs, StringComparison.Ordinal))
            {
                continue;
            }

            if (mine is null)
            {
                merge._fields.Add(PersonMergeField.Create(merge.Id, field, PersonMergeFieldOutcome.Filled, null, theirs));
                survivor.SetMergeValue(field, theirs);
                if (field == "service_number")
                {
                    // A service number names one person of a party: it moves rather than being held twice.
                    absorbed.SetMergeValue(field, null);
                }
            }
            else
            {
                merge._fields.Add(PersonMergeField.Create(merge.Id, field, PersonMergeFieldOutcome.Conflict, mine, theirs));
            }
        }

        foreach (var form in absorbed.NameForms.ToList())
        {
            merge._rows.Add(PersonMergeRow.Create(merge.Id, PersonMergeRowKind.NameForm, form.Id.Value));
            survivor.AdoptNameForm(absorbed.GiveUpNameForm(form.Id.Value));
        }

        foreach (var statusEvent in absorbed.Events.ToList())
        {
            merge._rows.Add(PersonMergeRow.Create(merge.Id, PersonMergeRowKind.StatusEvent, statusEvent.Id.Value));
            survivor.AdoptEvent(absorbed.GiveUpEvent(statusEvent.Id.Value));
        }

        survivor.RefreshState();
        absorbed.RefreshState();
        absorbed.MarkMergedInto(survivor.Id);
        return merge;
    }

    /// <summary>
    /// Undoes the merge: the moved rows go back, the filled fields are emptied again where nobody has changed them
    /// since, and the tombstone becomes a live record. A survivor that has since been merged into a third record is
    /// refused: that later merge holds the rows now, and must be split first.
    /// </summary>
    public void Split(Person survivor, Person absorbed, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(absorbed);
        ArgumentNullException.ThrowIfNull(actor);
        if (survivor.Id != SurvivorId || absorbed.Id != AbsorbedId)
        {
            throw new ArgumentException("These are not the persons of this merge.");
        }

        if (IsSplit)
        {
            throw new ConflictException($"This merge was already undone on {SplitAt:yyyy-MM-dd} by {SplitBy}.");
        }

        if (survivor.IsMerged)
        {
            throw new ConflictException($"{survivor.Reference} has since been merged into another record. Undo that merge first, then this one.");
        }

        if (absorbed.MergedIntoId != survivor.Id)
        {
            throw new ConflictException($"{absorbed.Reference} is not merged into {survivor.Reference}.");
        }

        foreach (var row in _rows)
        {
            switch (row.Kind)
            {
                case PersonMergeRowKind.NameForm:
                    absorbed.AdoptNameForm(survivor.GiveUpNameForm(row.RowId));
                    break;
                case PersonMergeRowKind.StatusEvent:
                    absorbed.AdoptEvent(survivor.GiveUpEvent(row.RowId));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown merge row kind {row.Kind}.");
            }
        }

        foreach (var field in _fields.Where(f => f.Outcome == PersonMergeFieldOutcome.Filled))
        {
            // A value someone changed after the merge is theirs, not the merge's: it stays.
            if (string.Equals(survivor.MergeValue(field.Field), field.AbsorbedValue, StringComparison.Ordinal))
            {
                survivor.SetMergeValue(field.Field, field.SurvivorValue);
            }

            if (field.Field == "service_number")
            {
                absorbed.SetMergeValue(field.Field, field.AbsorbedValue);
            }
        }

        absorbed.Revive();
        survivor.RefreshState();
        absorbed.RefreshState();
        SplitAt = now;
        SplitBy = actor.UserName;
    }
}
