using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Visits;

/// <summary>One row of a place's visit sheet: who should be there, when a delegate last saw them, the open enquiries about them and the mail waiting for them there.</summary>
public sealed record VisitSheetRow(
    PersonId PersonId,
    string Reference,
    string Surname,
    string GivenName,
    string Patronymic,
    string NameLatin,
    string? DateOfBirth,
    Sex Sex,
    PersonCategory Category,
    string? ServiceNumber,
    string? DependsOnPartyCode,
    PersonStatus Status,
    DateOnly? LastSeenOn,
    IReadOnlyList<VisitSheetEnquiry> OpenEnquiries,
    IReadOnlyList<VisitSheetMail> WaitingMail)
{
    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => s.Length > 0));
}
