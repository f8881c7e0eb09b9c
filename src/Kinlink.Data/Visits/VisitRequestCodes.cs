using Kinlink.Data.Registry;
using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>The text codes of the visit request enumerations in the API and forms, kebab-case like the tracing ones.</summary>
public static class VisitRequestCodes
{
    public static string Of(VisitPriority priority) => priority switch
    {
        VisitPriority.Routine => "routine",
        VisitPriority.High => "high",
        VisitPriority.Urgent => "urgent",
    };

    public static string Of(VisitRequestStatus status) => status switch
    {
        VisitRequestStatus.AwaitingAnswer => "awaiting-answer",
        VisitRequestStatus.Accepted => "accepted",
        VisitRequestStatus.PartlyAccepted => "partly-accepted",
        VisitRequestStatus.Refused => "refused",
        VisitRequestStatus.OtherDateProposed => "other-date-proposed",
        VisitRequestStatus.Withdrawn => "withdrawn",
        VisitRequestStatus.Visited => "visited",
    };

    public static string Of(VisitPersonReason reason) => reason switch
    {
        VisitPersonReason.Named => "named",
        VisitPersonReason.NeverVisited => "never-visited",
        VisitPersonReason.NotVisitedRecently => "not-visited-recently",
        VisitPersonReason.SeriouslyIll => "seriously-ill",
        VisitPersonReason.FamilyEnquiryPending => "family-enquiry-pending",
    };

    public static string Of(VisitPersonAnswer answer) => answer switch
    {
        VisitPersonAnswer.Pending => "pending",
        VisitPersonAnswer.Accepted => "accepted",
        VisitPersonAnswer.Refused => "refused",
        VisitPersonAnswer.TransferredElsewhere => "transferred-elsewhere",
        VisitPersonAnswer.Released => "released",
        VisitPersonAnswer.UnknownAtPlace => "unknown-at-place",
    };

    public static string Of(VisitRequestEventKind kind) => kind switch
    {
        VisitRequestEventKind.Sent => "sent",
        VisitRequestEventKind.Answered => "answered",
        VisitRequestEventKind.ProposedDateAccepted => "proposed-date-accepted",
        VisitRequestEventKind.AskedAgain => "asked-again",
        VisitRequestEventKind.Withdrawn => "withdrawn",
        VisitRequestEventKind.Visited => "visited",
    };

    /// <summary>The outcomes a party's answer may have: the statuses an answer leads to.</summary>
    public static IReadOnlyList<VisitRequestStatus> AnswerOutcomes { get; } =
        [VisitRequestStatus.Accepted, VisitRequestStatus.PartlyAccepted, VisitRequestStatus.Refused, VisitRequestStatus.OtherDateProposed];

    /// <summary>The answers a party may give about one person (everything but pending).</summary>
    public static IReadOnlyList<VisitPersonAnswer> PersonAnswers { get; } =
        [VisitPersonAnswer.Accepted, VisitPersonAnswer.Refused, VisitPersonAnswer.TransferredElsewhere, VisitPersonAnswer.Released, VisitPersonAnswer.UnknownAtPlace];

    public static bool TryParse<T>(string? text, Func<T, string> code, out T value)
        where T : struct, Enum => RegistryCodes.TryParseCode(text, code, out value);

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum => RegistryCodes.List(code);
}
