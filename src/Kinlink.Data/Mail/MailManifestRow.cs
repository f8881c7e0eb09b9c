using Kinlink.Domain.Mail;

namespace Kinlink.Data.Mail;

/// <summary>
/// One item of a batch as its manifest lists it: what it is and for whom, with a parcel's weight and number of lines.
/// Never the text of a message nor who sent anything: the manifest travels with the batch.
/// </summary>
public sealed record MailManifestRow(
    string ItemReference,
    string Kind,
    string PersonReference,
    string Name,
    string NameLatin,
    string ServiceNumber,
    int? WeightGrams,
    int? LineCount,
    MailStatus Status,
    bool NeedsRerouting);
