using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// A judicial proceeding against a prisoner (GC III art. 99-108): the charges and the law they rest on, the court, the
/// notification of proceedings (due at least three weeks before the trial, art. 104), the trial, the sentence and where
/// it is served. While charged, awaiting trial or serving a sentence, the person is held by it: an exchange
/// verification shows it, and art. 115 and 119 let the detaining power keep the person until it ends.
/// </summary>
public sealed class JudicialProceeding
{
    public const int TextLength = 2000;
    public const int ShortLength = 300;
    public const int NoticeDays = 21;

    /// <summary>Art. 101: a death sentence is not carried out before six months have passed.</summary>
    public const int DeathSentenceWaitMonths = 6;

    private JudicialProceeding()
    {
    }

    public JudicialProceedingId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PersonId PersonId { get; private set; }

    /// <summary>The party that prosecutes (the detaining power).</summary>
    public PartyId ProsecutingPartyId { get; private set; }

    public string Charges { get; private set; } = "";

    /// <summary>The legal provisions the charges rest on.</summary>
    public string LegalProvisions { get; private set; } = "";

    public string Court { get; private set; } = "";

    /// <summary>The day the detaining power notified the proceedings (art. 104), if it did.</summary>
    public DateOnly? NotifiedOn { get; private set; }

    public DateOnly? TrialDate { get; private set; }

    public string TrialPlace { get; private set; } = "";

    public JudicialStage Stage { get; private set; }

    public DateOnly? SentencedOn { get; private set; }

    public string Sentence { get; private set; } = "";

    public bool DeathSentence { get; private set; }

    /// <summary>When the sentence ends, if it is for a term.</summary>
    public DateOnly? SentenceEndsOn { get; private set; }

    /// <summary>Where the sentence is served (art. 108: in the same establishments and conditions as for the detaining power's own forces).</summary>
    public PlaceId? ServedAtPlaceId { get; private set; }

    /// <summary>The last change of stage: acquittal, discontinuance, end of sentence; appeals and remarks.</summary>
    public string StageNote { get; private set; } = "";

    public DateOnly? ClosedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>Still holds the person: charged, awaiting trial, or sentenced and serving.</summary>
    public bool IsPending => Stage is JudicialStage.Charged or JudicialStage.TrialScheduled or JudicialStage.Sentenced;

    /// <summary>The stages that count as pending, for queries.</summary>
    public static IReadOnlyList<JudicialStage> PendingStages { get; } = [JudicialStage.Charged, JudicialStage.TrialScheduled, JudicialStage.Sentenced];

    /// <summary>The trial is set less than three weeks after the notification of proceedings, or without one (art. 104(2)).</summary>
    public bool NoticeShort => TrialDate is { } trial && (NotifiedOn is not { } notified || trial.DayNumber - notified.DayNumber < NoticeDays);

    /// <summary>For a death sentence, the earliest day it may be carried out (art. 101); null otherwise.</summary>
    public DateOnly? EarliestExecutionOn => DeathSentence && SentencedOn is { } sentenced ? sentenced.AddMonths(DeathSentenceWaitMonths) : null;

    public static JudicialProceeding Open(PersonId personId, PartyId prosecutingPartyId, string? charges, string? legalProvisions, string? court, DateOnly? notifiedOn, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        var chargesText = Text(charges, TextLength, "charges", errors, "State the charges.");
        var provisions = Text(legalProvisions, TextLength, "legalProvisions", errors);
        var courtText = Text(court, ShortLength, "court", errors);
        if (notifiedOn is { } on && on > Today(at))
        {
            errors["notifiedOn"] = ["The notification date cannot be in the future."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        return new JudicialProceeding
        {
            Id = JudicialProceedingId.New(),
            Reference = ExchangeReference.New(ExchangeReference.JudicialPrefix),
            PersonId = personId,
            ProsecutingPartyId = prosecutingPartyId,
            Charges = chargesText,
            LegalProvisions = provisions,
            Court = courtText,
            NotifiedOn = notifiedOn,
            Stage = JudicialStage.Charged,
            CreatedAt = at,
            CreatedBy = actor.UserName,
            UpdatedAt = at,
            UpdatedBy = actor.UserName,
        };
    }

    /// <summary>Records the notification of proceedings received from the detaining power.</summary>
    public void RecordNotification(DateOnly notifiedOn, Actor actor, DateTimeOffset at)
    {
        EnsurePending();
        if (notifiedOn > Today(at))
        {
            throw new ValidationFailedException("notifiedOn", "The notification date cannot be in the future.");
        }

        NotifiedOn = notifiedOn;
        Touch(actor, at);
    }

    public void ScheduleTrial(DateOnly trialDate, string? place, string? court, Actor actor, DateTimeOffset at)
    {
        EnsurePending();
        if (Stage == JudicialStage.Sentenced)
        {
            throw new DomainRuleException("stage", $"{Reference} is already sentenced.");
        }

        var errors = new Dictionary<string, string[]>();
        var placeText = Text(place, ShortLength, "trialPlace", errors);
        var courtText = court is null ? Court : Text(court, ShortLength, "court", errors);
        ValidationFailedException.ThrowIfAny(errors);
        TrialDate = trialDate;
        TrialPlace = placeText;
        Court = courtText;
        Stage = JudicialStage.TrialScheduled;
        Touch(actor, at);
    }

    public void RecordSentence(DateOnly sentencedOn, string? sentence, bool deathSentence, DateOnly? endsOn, PlaceId? servedAt, Actor actor, DateTimeOffset at)
    {
        EnsurePending();
        var errors = new Dictionary<string, string[]>();
        var text = Text(sentence, TextLength, "sentence", errors, "State the sentence.");
        if (sentencedOn > Today(at))
        {
            errors["sentencedOn"] = ["A sentence is recorded once pronounced: the date cannot be in the future."];
        }

        if (endsOn is { } ends && ends < sentencedOn)
        {
            errors["sentenceEndsOn"] = ["The sentence cannot end before it was pronounced."];
        }

        if (deathSentence && endsOn is not null)
        {
            errors["sentenceEndsOn"] = ["A death sentence has no end date."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        SentencedOn = sentencedOn;
        Sentence = text;
        DeathSentence = deathSentence;
        SentenceEndsOn = endsOn;
        ServedAtPlaceId = servedAt;
        Stage = JudicialStage.Sentenced;
        Touch(actor, at);
    }

    /// <summary>Ends the proceeding: acquitted, discontinued, or the sentence completed (served, pardoned).</summary>
    public void Close(JudicialStage outcome, DateOnly on, string? note, Actor actor, DateTimeOffset at)
    {
        EnsurePending();
        var errors = new Dictionary<string, string[]>();
        if (outcome is not (JudicialStage.Acquitted or JudicialStage.Discontinued or JudicialStage.SentenceCompleted))
        {
            errors["stage"] = ["A proceeding ends acquitted, discontinued or with the sentence completed."];
        }
        else if (outcome == JudicialStage.SentenceCompleted && Stage != JudicialStage.Sentenced)
        {
            errors["stage"] = ["There is no sentence to complete."];
        }
        else if (outcome == JudicialStage.Acquitted && Stage == JudicialStage.Sentenced)
        {
            errors["stage"] = ["The person was sentenced; record the end of the sentence (or its quashing) as completed, with a note."];
        }

        if (on > Today(at))
        {
            errors["closedOn"] = ["The date cannot be in the future."];
        }

        var text = Text(note, TextLength, "note", errors);
        ValidationFailedException.ThrowIfAny(errors);
        Stage = outcome;
        ClosedOn = on;
        StageNote = text;
        Touch(actor, at);
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new DomainRuleException("stage", $"{Reference} is closed.");
        }
    }

    private void Touch(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        UpdatedAt = at;
        UpdatedBy = actor.UserName;
        Version++;
    }

    private static DateOnly Today(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime.AddDays(1));

    private static string Text(string? value, int length, string field, Dictionary<string, string[]> errors, string? requiredMessage = null)
    {
        var text = (value ?? "").Trim();
        if (requiredMessage is not null && text.Length == 0)
        {
            errors[field] = [requiredMessage];
        }
        else if (text.Length > length)
        {
            errors[field] = [$"At most {length} characters."];
        }

        return text;
    }
}
