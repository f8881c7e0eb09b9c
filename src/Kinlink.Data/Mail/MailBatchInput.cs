namespace Kinlink.Data.Mail;

/// <summary>A new dispatch batch: the place of detention (code) and how it travels.</summary>
public sealed record MailBatchInput
{
    public string? Place { get; init; }

    public string? Note { get; init; }
}
