namespace Kinlink.Domain.Exchanges;

/// <summary>What the parties agreed to hand over.</summary>
public enum ExchangeTerms
{
    /// <summary>Every prisoner on both lists.</summary>
    AllForAll = 1,

    /// <summary>The same agreed number from each side (<see cref="ExchangeOperation.CountPerSide"/>).</summary>
    NForN = 2,

    /// <summary>Categories of prisoners (the wounded, the sick, civilians), said in <see cref="ExchangeOperation.Categories"/>.</summary>
    Categories = 3,
}

public enum ExchangeStatus
{
    /// <summary>Lists being built, resolved and verified.</summary>
    Preparing = 1,

    /// <summary>The handover took place and is recorded; the operation is closed to change.</summary>
    Executed = 2,

    Cancelled = 3,
}

/// <summary>Where a list entry came from.</summary>
public enum ExchangeEntrySource
{
    /// <summary>A row of a list file a party sent.</summary>
    Imported = 1,

    /// <summary>Chosen from the registry by the intermediary.</summary>
    Registry = 2,
}

/// <summary>How far a list entry is tied to a registry person.</summary>
public enum ExchangeResolution
{
    /// <summary>Not matched yet.</summary>
    Unresolved = 0,

    /// <summary>Matching proposed several persons with no clear winner: a caseworker chooses.</summary>
    Ambiguous = 1,

    /// <summary>Matching found nobody: a caseworker registers the person or looks further.</summary>
    NotFound = 2,

    /// <summary>Tied to one registry person (by the engine's clear match or by a caseworker).</summary>
    Resolved = 3,
}

/// <summary>What the prisoner said, in a private interview, about going home (GC III art. 109: nobody against their will).</summary>
public enum RepatriationWish
{
    NotAsked = 0,
    Yes = 1,
    No = 2,
    Undecided = 3,
}

/// <summary>The medical category of a person on an exchange list, where it applies.</summary>
public enum MedicalCategory
{
    None = 0,
    Wounded = 1,
    Sick = 2,
    SeriouslyWounded = 3,
    SeriouslySick = 4,
}

/// <summary>What happened to a list entry at the handover.</summary>
public enum HandoverOutcome
{
    /// <summary>The operation has not been executed yet.</summary>
    Pending = 0,
    HandedOver = 1,
    NotHandedOver = 2,
}

/// <summary>Why a person on a list was not handed over.</summary>
public enum NotHandedOverReason
{
    None = 0,

    /// <summary>The person said no (or had not decided) in the private interview.</summary>
    Declined = 1,

    /// <summary>A blocking issue (a pending proceeding, a sentence being served).</summary>
    Blocked = 2,

    /// <summary>Not brought to the handover by the detaining party.</summary>
    NotPresent = 3,

    /// <summary>Withdrawn by a party from the list, or replaced.</summary>
    WithdrawnByParty = 4,

    /// <summary>Identity not confirmed, or the entry never tied to a registry person.</summary>
    NotVerified = 5,

    Died = 6,
    Other = 7,
}

/// <summary>GC III art. 110 grounds for repatriation on medical grounds.</summary>
public enum MedicalGrounds
{
    /// <summary>Incurable wounded and sick whose mental or physical fitness seems to have been gravely diminished.</summary>
    Incurable = 1,

    /// <summary>Not likely to recover within one year, whose condition requires treatment and whose fitness seems gravely diminished.</summary>
    NotLikelyToRecoverWithinYear = 2,

    /// <summary>Recovered, but whose fitness seems to have been gravely and permanently diminished.</summary>
    PermanentlyDiminished = 3,

    /// <summary>Likely to recover within a year if treated in a neutral country (accommodation, art. 110(2)).</summary>
    NeutralCountryAccommodation = 4,
}

/// <summary>A mixed medical commission's decision (Annex II art. 10-11; Annex IV E codes A, B, NC).</summary>
public enum CommissionDecision
{
    Pending = 0,

    /// <summary>A: direct repatriation.</summary>
    Repatriation = 1,

    /// <summary>B: accommodation in a neutral country.</summary>
    NeutralAccommodation = 2,

    Rejection = 3,

    /// <summary>NC: re-examination by the next commission.</summary>
    ReExamination = 4,
}

public enum MedicalCaseStatus
{
    /// <summary>Proposed for examination by a mixed medical commission.</summary>
    Proposed = 1,

    /// <summary>The commission decided; see <see cref="CommissionDecision"/>.</summary>
    Decided = 2,

    /// <summary>The decision was carried out: the person was repatriated (or accommodated in a neutral country).</summary>
    Repatriated = 3,

    /// <summary>Closed without repatriation (rejected, withdrawn, the person died or declined).</summary>
    Closed = 4,
}

public enum DeathNotificationStatus
{
    /// <summary>Recorded by the intermediary from the detaining party's notification.</summary>
    Recorded = 1,

    /// <summary>Sent to the party on which the person depended.</summary>
    Transmitted = 2,

    /// <summary>That party confirmed it received it.</summary>
    Acknowledged = 3,
}

/// <summary>Why personal effects were left behind (GC III art. 122(8)).</summary>
public enum EffectsReason
{
    Died = 1,
    Repatriated = 2,
    Released = 3,
    Escaped = 4,
}

public enum EffectsPacketStatus
{
    /// <summary>Received and held by the intermediary, sealed.</summary>
    Held = 1,

    /// <summary>Handed over, sealed, to the party of origin's bureau or to the next of kin.</summary>
    HandedOver = 2,
}

/// <summary>Where a judicial proceeding against a prisoner stands (GC III art. 104-108).</summary>
public enum JudicialStage
{
    Charged = 1,
    TrialScheduled = 2,
    Sentenced = 3,
    Acquitted = 4,
    Discontinued = 5,

    /// <summary>The sentence has been served (or the person pardoned): the proceeding no longer holds the person.</summary>
    SentenceCompleted = 6,
}
