namespace Kinlink.Data.Mail;

/// <summary>A batch with its items, in the order of the manifest (person, then item).</summary>
public sealed record MailBatchView(MailBatchSummary Summary, IReadOnlyList<MailManifestRow> Items);
