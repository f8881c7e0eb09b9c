using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>One person on a request: who (names as written, with a Latin reading), why asked, and the party's answer.</summary>
public sealed record VisitRequestPersonView(
    PersonId PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin,
    VisitPersonReason Reason, VisitPersonAnswer Answer, string AnswerReason, DateTimeOffset? AnsweredAt);
