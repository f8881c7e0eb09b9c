namespace Kinlink.Data.Visits;

/// <summary>
/// A message or parcel on its way to a person on the sheet, routed to the sheet's place: its reference and what it is
/// (a message kind's code, or parcel), so the delegate can ask after it or hand it over; never its text.
/// </summary>
public sealed record VisitSheetMail(string Reference, string Kind)
{
    public bool IsParcel => Kind == Mail.MailCodes.ParcelItem;
}
