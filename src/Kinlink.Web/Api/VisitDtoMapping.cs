using System.Globalization;
using Kinlink.Data.Visits;

namespace Kinlink.Web.Api;

internal static class VisitDtoMapping
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static VisitSummaryDto ToDto(this VisitSummary v) => new(
        v.Id.Value, v.Reference, v.PlaceCode, v.PlaceName, v.DetainingPartyCode, v.RequestReference, Day(v.StartedOn), Day(v.EndedOn),
        v.Delegates.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), v.PersonsRecorded, v.PersonsSeen, v.OpenFollowUps);

    public static VisitDto ToDto(this VisitRecord r)
    {
        var v = r.Visit;
        return new VisitDto(
            v.Id.Value, v.Reference, r.PlaceCode, r.PlaceName, r.DetainingPartyCode, r.RequestReference, Day(v.StartedOn), Day(v.EndedOn),
            v.DelegateNames, v.AllPlacesSeen, v.PrivateInterviewsAllowed, v.DetaineeListProvided, v.AccessNotes, r.HasFindings, v.RecordedAt, v.RecordedBy, v.Version,
            r.Persons.Select(ToDto).ToList(), r.FollowUps.Select(ToDto).ToList());
    }

    public static VisitPersonDto ToDto(this VisitPersonView p) => new(
        p.PersonId.Value, p.Reference, p.Surname, p.GivenName, p.Patronymic, p.NameLatin, p.Expected, p.Recorded,
        p.Result?.Seen, p.Result is { } seen ? VisitCodes.Of(seen.NotSeenReason) : null, p.Result?.NotSeenNote, p.Result?.PrivateInterview,
        p.Result?.MessagesToSend, p.Result?.FamilyToInform, p.Result?.RegisteredDuringVisit ?? false, p.HasNote);

    public static VisitFindingsDto ToDto(this VisitFindings f) => new(
        f.Reference, f.Findings, f.Recommendations, f.Notes.Select(n => new VisitNoteDto(n.PersonId.Value, n.Reference, n.Note, n.Erased)).ToList(), f.Version);

    public static VisitFollowUpDto ToDto(this VisitFollowUpView view)
    {
        var f = view.FollowUp;
        return new VisitFollowUpDto(
            f.Id.Value, view.VisitReference, view.PlaceCode, view.PersonReference, view.PersonName, VisitCodes.Of(f.Kind), f.Description, f.Owner, Day(f.DueOn),
            VisitCodes.Of(f.State), f.StateNote, view.Overdue, f.CreatedAt, f.CreatedBy, f.StateChangedAt, f.StateChangedBy, f.Version);
    }

    public static VisitResultsDto ToDto(this VisitResultsReport r) => new(
        r.VisitReference, r.FileName, r.Stored, r.RowsTotal, r.RowsLeftBlank, r.PersonsRecorded, r.PersonsRegistered, Presentation.MessageTranslator.InReadersLanguage(r.Errors));
}
