using Kinlink.Domain.Common;

namespace Kinlink.Data.Persistence;

/// <summary>
/// A person as the name search reads candidates: a small integer number, which each of the person's key rows
/// carries (4 bytes in each of some forty rows, where the person's id would take 16 or 36), and the person's name
/// forms already prepared for scoring (<see cref="Registry.Matching.MatchForms"/>), so that a search scores a
/// candidate without reading its names or normalising them again. A merged record keeps its row with no forms.
/// </summary>
public sealed class PersonMatchSubject
{
    public int Number { get; set; }

    public PersonId PersonId { get; set; }

    /// <summary>The prepared name forms, the person's current name first (<see cref="Registry.Matching.MatchForms.Join"/>).</summary>
    public string Forms { get; set; } = "";

    /// <summary>
    /// When the forms were last written, as a number that only grows: the database sets it on every insert and on
    /// every change of the forms (a trigger, so no writer can forget it), and a server's resident index
    /// (<see cref="Registry.Matching.ResidentMatchIndex"/>) reads what is newer than it has seen. What is written here
    /// from code is overwritten.
    /// </summary>
    public long Revision { get; set; }
}
