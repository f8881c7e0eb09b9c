namespace Kinlink.Data.Mail;

/// <summary>Filters of the parcels list: status code, person reference, enquiry reference, place code, party code, refused only.</summary>
public sealed record ParcelQuery(string? Status = null, string? Person = null, string? Enquiry = null, string? Place = null, string? Party = null, bool RefusedOnly = false, int? Page = null, int? PageSize = null);
