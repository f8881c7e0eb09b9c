namespace Kinlink.Data.Mail;

/// <summary>Items to put into a batch: by reference (MSG-… or PCL-…), or every cleared item routed to the batch's place.</summary>
public sealed record MailBatchItemsInput
{
    public IReadOnlyList<string>? Items { get; init; }

    public bool AllCleared { get; init; }
}
