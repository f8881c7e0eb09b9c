namespace Kinlink.Data.Visits;

/// <summary>
/// How one party answers visit requests. Answer times run from a request's first sending to its first answer, in days;
/// the shares are from 0 to 1 and null when there is nothing to divide.
/// </summary>
public sealed record PartyAnswerTimes(
    string PartyCode,
    string PartyName,
    int Requests,
    int Answered,
    double? MedianDays,
    double? Percentile90Days,
    int Refused,
    double? RefusedShare,
    int PersonsAsked,
    int PersonsRefused,
    double? PersonsRefusedShare,
    int Awaiting,
    int AwaitingOverdue);
