using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;

namespace Kinlink.Web.Api;

public sealed record ExchangePersonDto(string Reference, string Name, string NameLatin);

/// <summary>
/// A judicial proceeding as a list shows it. <c>noticeShort</c>: the trial is set less than three weeks after the
/// notification of proceedings, or without one (art. 104); <c>earliestExecutionOn</c>: for a death sentence, six months
/// after it was pronounced (art. 101).
/// </summary>
public sealed record JudicialSummaryDto(
    string Reference, string Stage, bool Pending, ExchangePersonDto Person, string ProsecutingParty, string Court, DateOnly? NotifiedOn, DateOnly? TrialDate,
    bool NoticeShort, DateOnly? SentencedOn, bool DeathSentence, DateOnly? EarliestExecutionOn, int Version);

public sealed record JudicialDto(
    string Reference, string Stage, bool Pending, ExchangePersonDto Person, string ProsecutingParty, string Court, DateOnly? NotifiedOn, DateOnly? TrialDate,
    bool NoticeShort, DateOnly? SentencedOn, bool DeathSentence, DateOnly? EarliestExecutionOn, int Version,
    string Charges, string LegalProvisions, string TrialPlace, string Sentence, DateOnly? SentenceEndsOn, string? ServedAt, string? ServedAtName,
    string StageNote, DateOnly? ClosedOn, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>One family to tell: <c>event</c> is the timeline event's id, to send back with <c>POST /api/family-news/{enquiry}/informed</c>.</summary>
public sealed record FamilyNewsEntryDto(
    string Enquiry, string EnquiryStatus, int EnquiryVersion, string Enquirer, ExchangePersonDto Person, Guid Event, string Outcome, string OutcomeDate, string Source,
    DateTimeOffset RecordedAt, int WaitingDays);

internal static class JudicialDtoMapping
{
    public static ExchangePersonDto ToDto(this ExchangePersonView p) => new(p.Reference, p.Name, p.NameLatin);

    public static JudicialSummaryDto ToDto(this JudicialSummary s) => new(
        s.Reference, ExchangeCodes.Of(s.Stage), s.IsPending, s.Person.ToDto(), s.ProsecutingParty, s.Court, s.NotifiedOn, s.TrialDate,
        s.NoticeShort, s.SentencedOn, s.DeathSentence, s.EarliestExecutionOn, s.Version);

    public static JudicialDto ToDto(this JudicialView v)
    {
        var s = v.Summary;
        return new JudicialDto(s.Reference, ExchangeCodes.Of(s.Stage), s.IsPending, s.Person.ToDto(), s.ProsecutingParty, s.Court, s.NotifiedOn, s.TrialDate,
            s.NoticeShort, s.SentencedOn, s.DeathSentence, s.EarliestExecutionOn, s.Version,
            v.Charges, v.LegalProvisions, v.TrialPlace, v.Sentence, v.SentenceEndsOn, v.ServedAtPlace, v.ServedAtPlaceName, v.StageNote, v.ClosedOn,
            v.CreatedAt, v.CreatedBy, v.UpdatedAt, v.UpdatedBy);
    }

    public static FamilyNewsEntryDto ToDto(this FamilyNewsEntry e) => new(
        e.EnquiryReference, TracingCodes.Of(e.EnquiryStatus), e.EnquiryVersion, e.EnquirerName, e.Person.ToDto(), e.EventId, RegistryCodes.Of(e.Outcome), e.OutcomeDate, e.Source,
        e.RecordedAt, e.WaitingDays);
}
