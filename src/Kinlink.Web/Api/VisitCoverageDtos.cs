using Kinlink.Data.Registry;
using Kinlink.Data.Tracing;
using Kinlink.Data.Visits;

namespace Kinlink.Web.Api;

/// <summary>Coverage per party and per place; shares are from 0 to 1.</summary>
public sealed record VisitCoverageDto(string Today, int RevisitDays, IReadOnlyList<PartyCoverageDto> Parties, IReadOnlyList<PlaceCoverageDto> Places);

public sealed record PartyCoverageDto(string Party, string Name, int Held, int Seen, double SeenShare, int Overdue, string? LastVisitOn);

public sealed record PlaceCoverageDto(string Place, string Name, string NameLatin, string Party, int Held, int Seen, double SeenShare, int Overdue, string? LastVisitOn);

public sealed record OverduePersonDto(string Reference, string FullName, string NameLatin, string? DateOfBirth, string Category, string Status, string Place, string Party, string? LastSeenOn, int? DaysSinceLastSeen);

/// <summary>How a party answers visit requests: days from first sending to first answer, and refusal shares from 0 to 1.</summary>
public sealed record PartyAnswerTimesDto(
    string Party, string Name, int Requests, int Answered, double? MedianDays, double? Percentile90Days, int Refused, double? RefusedShare,
    int PersonsAsked, int PersonsRefused, double? PersonsRefusedShare, int Awaiting, int AwaitingOverdue);

public sealed record VisitSheetDto(string Place, string Name, string NameLatin, string Party, string Today, string? LastVisitOn, IReadOnlyList<VisitSheetRowDto> Persons);

public sealed record VisitSheetRowDto(
    string Reference, string Surname, string GivenName, string Patronymic, string NameLatin, string? DateOfBirth, string Sex, string Category,
    string? ServiceNumber, string? DependsOn, string Status, string? LastSeenOn, IReadOnlyList<VisitSheetEnquiryDto> OpenEnquiries,
    IReadOnlyList<VisitSheetMailDto> WaitingMail);

/// <summary>A message or parcel waiting for the person at the place: reference and kind (a message kind's code, or parcel).</summary>
public sealed record VisitSheetMailDto(string Reference, string Kind);

public sealed record VisitSheetEnquiryDto(string Reference, string Status);

internal static class VisitCoverageDtoMapping
{
    public static VisitCoverageDto ToDto(this VisitCoverageReport report) => new(
        Iso(report.Today), report.RevisitDays,
        report.Parties.Select(p => new PartyCoverageDto(p.PartyCode, p.PartyName, p.Held, p.Seen, Math.Round(p.SeenShare, 4), p.Overdue, Iso(p.LastVisitOn))).ToList(),
        report.Places.Select(p => new PlaceCoverageDto(p.PlaceCode, p.PlaceName, p.PlaceNameLatin, p.PartyCode, p.Held, p.Seen, Math.Round(p.SeenShare, 4), p.Overdue, Iso(p.LastVisitOn))).ToList());

    public static OverduePersonDto ToDto(this OverduePerson p) => new(
        p.Reference, p.FullName, p.NameLatin, p.DateOfBirth, RegistryCodes.Of(p.Category), RegistryCodes.Of(p.Status), p.PlaceCode, p.PartyCode, Iso(p.LastSeenOn), p.DaysSinceLastSeen);

    public static PartyAnswerTimesDto ToDto(this PartyAnswerTimes a) => new(
        a.PartyCode, a.PartyName, a.Requests, a.Answered, a.MedianDays, a.Percentile90Days, a.Refused, Round(a.RefusedShare),
        a.PersonsAsked, a.PersonsRefused, Round(a.PersonsRefusedShare), a.Awaiting, a.AwaitingOverdue);

    public static VisitSheetDto ToDto(this VisitSheet sheet) => new(
        sheet.PlaceCode, sheet.PlaceName, sheet.PlaceNameLatin, sheet.PartyCode, Iso(sheet.Today), Iso(sheet.LastVisitOn),
        sheet.Rows.Select(r => new VisitSheetRowDto(
            r.Reference, r.Surname, r.GivenName, r.Patronymic, r.NameLatin, r.DateOfBirth, RegistryCodes.Of(r.Sex), RegistryCodes.Of(r.Category),
            r.ServiceNumber, r.DependsOnPartyCode, RegistryCodes.Of(r.Status), Iso(r.LastSeenOn),
            r.OpenEnquiries.Select(e => new VisitSheetEnquiryDto(e.Reference, TracingCodes.Of(e.Status))).ToList(),
            r.WaitingMail.Select(m => new VisitSheetMailDto(m.Reference, m.Kind)).ToList())).ToList());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;

    private static double? Round(double? share) => share is { } s ? Math.Round(s, 4) : null;
}
