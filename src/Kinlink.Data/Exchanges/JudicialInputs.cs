namespace Kinlink.Data.Exchanges;

/// <summary>A proceeding as the detaining power's notice or a caseworker gives it: against whom (registry reference), by which party, on what charges.</summary>
public sealed record JudicialInput
{
    public string? Person { get; init; }

    /// <summary>The party that prosecutes, by code (RU, UA).</summary>
    public string? ProsecutingParty { get; init; }

    public string? Charges { get; init; }

    public string? LegalProvisions { get; init; }

    public string? Court { get; init; }

    /// <summary>The day the detaining power notified the proceedings (YYYY-MM-DD), if it did.</summary>
    public string? NotifiedOn { get; init; }
}

/// <summary>The notification of proceedings (art. 104), received after the proceeding was opened.</summary>
public sealed record JudicialNotificationInput
{
    public string? NotifiedOn { get; init; }

    public int? Version { get; init; }
}

/// <summary>The trial: its day, place and court (the court as recorded stays when none is given).</summary>
public sealed record JudicialTrialInput
{
    public string? TrialDate { get; init; }

    public string? Place { get; init; }

    public string? Court { get; init; }

    public int? Version { get; init; }
}

/// <summary>The sentence as pronounced, and where it is served (a place of detention by code).</summary>
public sealed record JudicialSentenceInput
{
    public string? SentencedOn { get; init; }

    public string? Sentence { get; init; }

    public bool DeathSentence { get; init; }

    public string? EndsOn { get; init; }

    public string? ServedAt { get; init; }

    public int? Version { get; init; }
}

/// <summary>The end of a proceeding: acquitted, discontinued or sentence-completed, on a day, with a note.</summary>
public sealed record JudicialCloseInput
{
    public string? Outcome { get; init; }

    public string? On { get; init; }

    public string? Note { get; init; }

    public int? Version { get; init; }
}

/// <summary>Filters of the proceedings list: stage code, pending only, prosecuting party code, person reference.</summary>
public sealed record JudicialQuery(string? Stage = null, bool PendingOnly = false, string? Party = null, string? Person = null, int? Page = null, int? PageSize = null);
