namespace Kinlink.Data.Mail;

/// <summary>
/// The filters of the list of messages: status, direction and kind as codes, the person and the enquiry by reference, the
/// routed place and the detaining party by code, received between two dates (<c>YYYY-MM-DD</c>, inclusive), only those
/// still on their way.
/// </summary>
public sealed record MessageQuery(
    string? Status = null, string? Direction = null, string? Kind = null, string? Person = null, string? Enquiry = null, string? Place = null,
    string? Party = null, string? ReceivedFrom = null, string? ReceivedTo = null, bool OpenOnly = false, int? Page = null, int? PageSize = null);
