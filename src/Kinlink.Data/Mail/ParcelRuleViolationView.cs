namespace Kinlink.Data.Mail;

/// <summary>One reason a parcel was refused, as stored: the line it names (null for the whole parcel) and the text.</summary>
public sealed record ParcelRuleViolationView(int? Line, string Reason);
