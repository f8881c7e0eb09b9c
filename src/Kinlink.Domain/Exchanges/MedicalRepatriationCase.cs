using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// A seriously wounded or sick prisoner proposed for examination by a mixed medical commission (GC III art. 109-117,
/// Annex II): the grounds, the prisoner's wish (nobody is repatriated against their will during hostilities), the
/// commission's decision, and its execution. The detaining power carries out a decision within three months of
/// being notified of it (Annex II art. 12).
/// </summary>
public sealed class MedicalRepatriationCase
{
    public const int TextLength = 2000;
    public const int ProposedByLength = 300;
    public const int ExecutionMonths = 3;

    private MedicalRepatriationCase()
    {
    }

    public MedicalCaseId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PersonId PersonId { get; private set; }

    public MedicalGrounds Grounds { get; private set; }

    /// <summary>The injury or disease, sealed: medical confidence, for the intermediary's caseworkers and delegates only.</summary>
    public string SealedDiagnosis { get; private set; } = "";

    /// <summary>Who proposed the case (the camp doctor, the prisoners' representative, the prisoner, the intermediary's doctor), as said.</summary>
    public string ProposedBy { get; private set; } = "";

    public DateOnly ProposedOn { get; private set; }

    public RepatriationWish Wish { get; private set; }

    public DateTimeOffset? InterviewedAt { get; private set; }

    public DateOnly? ExaminedOn { get; private set; }

    /// <summary>Where the commission examined the person (camp, hospital), as said.</summary>
    public string ExaminationPlace { get; private set; } = "";

    public CommissionDecision Decision { get; private set; }

    public string DecisionNote { get; private set; } = "";

    /// <summary>When the decision was communicated to the detaining power (the three months for execution run from here).</summary>
    public DateOnly? DecisionCommunicatedOn { get; private set; }

    public DateOnly? CarriedOutOn { get; private set; }

    public string ClosingNote { get; private set; } = "";

    public MedicalCaseStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>The day by which the detaining power should carry out a decision to repatriate or accommodate (three months after it was notified).</summary>
    public DateOnly? ExecutionDueBy =>
        Decision is CommissionDecision.Repatriation or CommissionDecision.NeutralAccommodation && DecisionCommunicatedOn is { } on ? on.AddMonths(ExecutionMonths) : null;

    /// <param name="sealDiagnosis">Seals the diagnosis bound to the new case's id.</param>
    public static MedicalRepatriationCase Propose(PersonId personId, MedicalGrounds grounds, string? diagnosis, string? proposedBy, DateOnly proposedOn, Func<MedicalCaseId, string, string> sealDiagnosis, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sealDiagnosis);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(grounds))
        {
            errors["grounds"] = ["Choose the grounds of art. 110."];
        }

        var text = (diagnosis ?? "").Trim();
        if (text.Length == 0)
        {
            errors["diagnosis"] = ["Describe the injury or disease the commission is to examine."];
        }
        else if (text.Length > TextLength)
        {
            errors["diagnosis"] = [$"At most {TextLength} characters."];
        }

        var by = (proposedBy ?? "").Trim();
        if (by.Length > ProposedByLength)
        {
            errors["proposedBy"] = [$"At most {ProposedByLength} characters."];
        }

        if (proposedOn > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            errors["proposedOn"] = ["The date of the proposal cannot be in the future."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        var id = MedicalCaseId.New();
        return new MedicalRepatriationCase
        {
            Id = id,
            Reference = ExchangeReference.New(ExchangeReference.MedicalPrefix),
            PersonId = personId,
            Grounds = grounds,
            SealedDiagnosis = sealDiagnosis(id, text),
            ProposedBy = by,
            ProposedOn = proposedOn,
            Status = MedicalCaseStatus.Proposed,
            CreatedAt = at,
            CreatedBy = actor.UserName,
            UpdatedAt = at,
            UpdatedBy = actor.UserName,
        };
    }

    /// <summary>Records the prisoner's wish from a private interview.</summary>
    public void RecordWish(RepatriationWish wish, bool heldInPrivate, Actor actor, DateTimeOffset at)
    {
        EnsureOpen();
        if (!Enum.IsDefined(wish) || wish == RepatriationWish.NotAsked)
        {
            throw new ValidationFailedException("wish", "Say what the person wants: yes, no or undecided.");
        }

        if (!heldInPrivate)
        {
            throw new ValidationFailedException("heldInPrivate", "The wish is recorded only from an interview held in private.");
        }

        Wish = wish;
        InterviewedAt = at;
        Touch(actor, at);
    }

    /// <summary>Records the commission's examination and decision, and when the detaining power was told of it.</summary>
    public void RecordDecision(DateOnly examinedOn, string? place, CommissionDecision decision, string? note, DateOnly? communicatedOn, Actor actor, DateTimeOffset at)
    {
        EnsureOpen();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(decision) || decision == CommissionDecision.Pending)
        {
            errors["decision"] = ["Choose the commission's decision: repatriation, accommodation in a neutral country, rejection or re-examination."];
        }

        if (examinedOn < ProposedOn)
        {
            errors["examinedOn"] = ["The examination cannot come before the proposal."];
        }

        var today = DateOnly.FromDateTime(at.UtcDateTime.AddDays(1));
        if (examinedOn > today)
        {
            errors["examinedOn"] = ["The examination is recorded once it has happened."];
        }

        if (communicatedOn is { } on && (on < examinedOn || on > today))
        {
            errors["decisionCommunicatedOn"] = ["The decision is communicated after the examination, and not in the future."];
        }

        var placeText = (place ?? "").Trim();
        if (placeText.Length > ProposedByLength)
        {
            errors["examinationPlace"] = [$"At most {ProposedByLength} characters."];
        }

        var noteText = (note ?? "").Trim();
        if (noteText.Length > TextLength)
        {
            errors["decisionNote"] = [$"At most {TextLength} characters."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        ExaminedOn = examinedOn;
        ExaminationPlace = placeText;
        Decision = decision;
        DecisionNote = noteText;
        DecisionCommunicatedOn = communicatedOn;
        Status = MedicalCaseStatus.Decided;
        Touch(actor, at);
    }

    /// <summary>
    /// The decision was carried out: the person was repatriated (decision A) or accommodated in a neutral country (B).
    /// Only with the commission's decision for it and the person's yes.
    /// </summary>
    public void CarryOut(DateOnly on, Actor actor, DateTimeOffset at)
    {
        EnsureOpen();
        if (Decision is not (CommissionDecision.Repatriation or CommissionDecision.NeutralAccommodation))
        {
            throw new DomainRuleException("decision", $"Case {Reference} has no commission decision to repatriate or accommodate.");
        }

        if (Wish != RepatriationWish.Yes)
        {
            throw new DomainRuleException("wish", "Nobody is repatriated against their will: record the person's yes from a private interview first.");
        }

        if (ExaminedOn is { } examined && on < examined)
        {
            throw new ValidationFailedException("carriedOutOn", "The repatriation cannot come before the examination.");
        }

        if (on > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            throw new ValidationFailedException("carriedOutOn", "The repatriation is recorded once it has happened.");
        }

        CarriedOutOn = on;
        Status = MedicalCaseStatus.Repatriated;
        Touch(actor, at);
    }

    /// <summary>Closes the case without repatriation (rejected, withdrawn, the person declined or died).</summary>
    public void Close(string? note, Actor actor, DateTimeOffset at)
    {
        EnsureOpen();
        var text = (note ?? "").Trim();
        if (text.Length == 0)
        {
            throw new ValidationFailedException("note", "Say why the case is closed.");
        }

        if (text.Length > TextLength)
        {
            throw new ValidationFailedException("note", $"At most {TextLength} characters.");
        }

        ClosingNote = text;
        Status = MedicalCaseStatus.Closed;
        Touch(actor, at);
    }

    private void EnsureOpen()
    {
        if (Status is MedicalCaseStatus.Repatriated or MedicalCaseStatus.Closed)
        {
            throw new DomainRuleException("status", $"Case {Reference} is {(Status == MedicalCaseStatus.Closed ? "closed" : "carried out")}.");
        }
    }

    private void Touch(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        UpdatedAt = at;
        UpdatedBy = actor.UserName;
        Version++;
    }
}
