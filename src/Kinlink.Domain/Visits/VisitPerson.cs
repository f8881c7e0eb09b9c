using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>One person on a visit: seen or not and why, a private interview held, and the person's wishes.</summary>
public sealed class VisitPerson
{
    public const int NoteLength = 2000;

    private VisitPerson()
    {
    }

    public VisitId VisitId { get; private set; }

    public PersonId PersonId { get; private set; }

    public bool Seen { get; private set; }

    public VisitNotSeenReason NotSeenReason { get; private set; }

    public string NotSeenNote { get; private set; } = "";

    /// <summary>A delegate talked to the person without witnesses (art. 126).</summary>
    public bool PrivateInterview { get; private set; }

    /// <summary>The person's wish: messages to send (to be carried as Red Cross messages).</summary>
    public string MessagesToSend { get; private set; } = "";

    /// <summary>The person's wish: whom of the family to inform, and how.</summary>
    public string FamilyToInform { get; private set; } = "";

    /// <summary>
    /// What the delegate learnt from the person in confidence, sealed with the person's key by the data layer (so erasing
    /// the person's key erases it); null when there is none.
    /// </summary>
    public string? SealedNote { get; private set; }

    /// <summary>The person was not in the registry before this visit and was registered from it.</summary>
    public bool RegisteredDuringVisit { get; private set; }

    internal static VisitPerson Create(VisitId visitId, VisitPersonDraft draft, bool registeredDuringVisit)
    {
        var person = new VisitPerson { VisitId = visitId, PersonId = draft.PersonId, RegisteredDuringVisit = registeredDuringVisit };
        person.Apply(draft);
        return person;
    }

    /// <summary>Checks a person's record before it is applied; the field names are prefixed with <paramref name="field"/> (e.g. <c>persons[2]</c>).</summary>
    public static void Validate(VisitPersonDraft draft, string field, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(errors);
        if (!Enum.IsDefined(draft.NotSeenReason))
        {
            errors[field + ".notSeenReason"] = ["Unknown reason."];
        }
        else if (draft.Seen && draft.NotSeenReason != VisitNotSeenReason.None)
        {
            errors[field + ".notSeenReason"] = ["A person seen has no reason for not being seen."];
        }
        else if (!draft.Seen && draft.NotSeenReason == VisitNotSeenReason.None)
        {
            errors[field + ".notSeenReason"] = ["Say why the person was not seen."];
        }

        if (!draft.Seen && draft.PrivateInterview)
        {
            errors[field + ".privateInterview"] = ["A private interview needs the person to have been seen."];
        }

        foreach (var (name, value) in new[] { ("notSeenNote", draft.NotSeenNote), ("messagesToSend", draft.MessagesToSend), ("familyToInform", draft.FamilyToInform) })
        {
            if ((value ?? "").Trim().Length > NoteLength)
            {
                errors[$"{field}.{name}"] = [$"At most {NoteLength} characters."];
            }
        }
    }

    internal void Apply(VisitPersonDraft draft)
    {
        Seen = draft.Seen;
        NotSeenReason = draft.Seen ? VisitNotSeenReason.None : draft.NotSeenReason;
        NotSeenNote = (draft.NotSeenNote ?? "").Trim();
        PrivateInterview = draft.Seen && draft.PrivateInterview;
        MessagesToSend = (draft.MessagesToSend ?? "").Trim();
        FamilyToInform = (draft.FamilyToInform ?? "").Trim();
    }

    /// <summary>Stores the confidential note, already sealed by the data layer (null removes it).</summary>
    public void SetSealedNote(string? sealedNote) => SealedNote = sealedNote;
}
