using Kinlink.Data.Exchanges;
using Kinlink.Data.Registry;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Web.Api;

// The JSON shapes of /api/exchanges. Codes come from ExchangeCodes.
public sealed record ExchangeSummaryDto(
    string Reference, string PartyA, string PartyB, string Terms, int? CountPerSide, string Categories, string? PlannedDate, string Place,
    string Status, int ListedA, int ListedB, string? ExecutedOn, int Version);

public sealed record ExchangeDto(
    string Reference, string PartyA, string PartyB, string Terms, int? CountPerSide, string Categories, string TermsNote, string? PlannedDate,
    string Place, string Status, string? ExecutedOn, string BalanceNote, string CreatedBy, DateTimeOffset CreatedAt, int Version,
    IReadOnlyList<ExchangeEntryDto> Entries, ExchangeBalanceDto Balance);

/// <param name="Ready">Nothing stops the handover (<paramref name="Blockers"/> is empty).</param>
public sealed record ExchangeEntryDto(
    Guid Id, string ReleasingParty, string Source, int? SourceLine, string SourceFile, string ListedSurname, string ListedGivenName,
    string ListedPatronymic, string? ListedDateOfBirth, string? ListedServiceNumber, string ListedNote, string Resolution, int CandidateCount,
    PersonSummaryDto? Person, bool IdentityConfirmed, string Wish, bool HasInterviewNote, string MedicalCategory, string BlockingIssue,
    bool Ready, IReadOnlyList<string> Blockers, string Outcome, string NotHandedOverReason, string OutcomeNote, string? HandedOverOn);

public sealed record ExchangeEntryDetailDto(ExchangeEntryDto Entry, string Exchange, int Version, IReadOnlyList<PersonMatchDto> Candidates);

public sealed record ExchangeSideDto(string Party, int Listed, int HandedOver, int NotHandedOver, int Declined, int Pending);

public sealed record ExchangeBalanceDto(ExchangeSideDto SideA, ExchangeSideDto SideB, bool Balanced, IReadOnlyList<string> Problems);

public sealed record ExchangeListReportDto(
    string FileName, string Party, int RowsTotal, int RowsAccepted, int RowsRejected, int Resolved, int Ambiguous, int NotFound, IReadOnlyList<ImportRowError> Errors);

public sealed record ExchangeInterviewNoteDto(Guid Entry, string Note);

internal static class ExchangeDtoMapping
{
    public static ExchangeSummaryDto ToDto(this ExchangeSummary s) => new(
        s.Reference, s.PartyA, s.PartyB, ExchangeCodes.Of(s.Terms), s.CountPerSide, s.Categories, Day(s.PlannedDate), s.Place,
        ExchangeCodes.Of(s.Status), s.ListedA, s.ListedB, Day(s.ExecutedOn), s.Version);

    public static ExchangeDto ToDto(this ExchangeView v)
    {
        var o = v.Operation;
        return new ExchangeDto(
            o.Reference, v.PartyA, v.PartyB, ExchangeCodes.Of(o.Terms), o.CountPerSide, o.Categories, o.TermsNote, Day(o.PlannedDate), o.Place,
            ExchangeCodes.Of(o.Status), Day(o.ExecutedOn), o.BalanceNote, o.CreatedBy, o.CreatedAt, o.Version,
            v.Entries.Select(e => e.ToDto()).ToList(), v.Balance.ToDto(v.PartyA, v.PartyB));
    }

    public static ExchangeEntryDto ToDto(this ExchangeEntryView v)
    {
        var e = v.Entry;
        return new ExchangeEntryDto(
            e.Id.Value, v.ReleasingParty, ExchangeCodes.Of(e.Source), e.SourceLine, e.SourceFile, e.ListedSurname, e.ListedGivenName, e.ListedPatronymic,
            e.ListedDateOfBirth?.ToString(), e.ListedServiceNumber, e.ListedNote, ExchangeCodes.Of(e.Resolution), e.CandidateCount, v.Person?.ToDto(),
            e.IdentityConfirmed, ExchangeCodes.Of(e.Wish), e.SealedInterviewNote.Length > 0, ExchangeCodes.Of(e.MedicalCategory), e.BlockingIssue,
            v.Ready, v.Blockers, ExchangeCodes.Of(e.Outcome), ExchangeCodes.Of(e.NotHandedOverReason), e.OutcomeNote, Day(e.HandedOverOn));
    }

    public static ExchangeEntryDetailDto ToDto(this ExchangeEntryDetail d) => new(
        d.Entry.ToDto(), d.Exchange.Operation.Reference, d.Exchange.Operation.Version, d.Candidates.Select(PersonMatchEndpoints.ToDto).ToList());

    public static ExchangeBalanceDto ToDto(this ExchangeBalance b, string partyA, string partyB) => new(
        Side(b.SideA, partyA), Side(b.SideB, partyB), b.Balanced, b.Problems);

    public static ExchangeListReportDto ToDto(this ExchangeListReport r) => new(
        r.FileName, r.Party, r.RowsTotal, r.RowsAccepted, r.RowsRejected, r.Resolved, r.Ambiguous, r.NotFound, Presentation.MessageTranslator.InReadersLanguage(r.Errors));

    private static ExchangeSideDto Side(ExchangeSideCount s, string party) => new(party, s.Listed, s.HandedOver, s.NotHandedOver, s.Declined, s.Pending);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
