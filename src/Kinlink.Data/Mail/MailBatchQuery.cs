namespace Kinlink.Data.Mail;

/// <summary>Filters of the batches list: status code (open, dispatched) and place code.</summary>
public sealed record MailBatchQuery(string? Status = null, string? Place = null, int? Page = null, int? PageSize = null);
