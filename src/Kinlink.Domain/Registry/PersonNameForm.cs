using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// One spelling of a person's name exactly as one source wrote it. A person often has several:
/// a Russian-Cyrillic list, a Ukrainian-Cyrillic enquiry and a Latin registration.
/// </summary>
public sealed class PersonNameForm
{
    private PersonNameForm()
    {
    }

    public NameFormId Id { get; private set; }

    public PersonId PersonId { get; private set; }

    public string Surname { get; private set; } = "";

    public string GivenName { get; private set; } = "";

    public string Patronymic { get; private set; } = "";

    public NameScriptKind Script { get; private set; }

    public SourceListId? SourceListId { get; private set; }

    /// <summary>Where the form came from, in words ("list of 2026-11-20", "entered by hand").</summary>
    public string SourceLabel { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));

    internal static PersonNameForm Create(PersonId personId, PersonNameParts name, NameScriptKind script, SourceListId? sourceListId, string sourceLabel, DateTimeOffset recordedAt) => new()
    {
        Id = NameFormId.New(),
        PersonId = personId,
        Surname = name.Surname,
        GivenName = name.GivenName,
        Patronymic = name.Patronymic,
        Script = script,
        SourceListId = sourceListId,
        SourceLabel = sourceLabel,
        RecordedAt = recordedAt,
    };

    internal bool IsSameSpelling(PersonNameParts name) =>
        string.Equals(Surname, name.Surname, StringComparison.OrdinalIgnoreCase)
        && string.Equals(GivenName, name.GivenName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Patronymic, name.Patronymic, StringComparison.OrdinalIgnoreCase);

    internal void MoveTo(PersonId personId) => PersonId = personId;
}
