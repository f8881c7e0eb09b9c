using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Reports;

/// <summary>A judicial proceeding the party has brought and not ended, with the day it notified it and the trial's day.</summary>
public sealed record PartyPendingProceeding(
    string Reference, string PersonReference, string PersonName, string PersonNameLatin, JudicialStage Stage, DateOnly? NotifiedOn, DateOnly? TrialDate);
