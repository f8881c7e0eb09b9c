namespace Kinlink.Domain.Mail;

/// <summary>What a message counts as against the correspondence quota.</summary>
public enum MailQuotaKind
{
    Letter = 1,
    Card = 2,
}

/// <summary>
/// GC III art. 71(1): where the detaining power limits the mail a prisoner sends, the limit may not be less than two letters
/// and four cards a month, not counting capture cards (art. 70). A Red Cross message counts as a letter here: it is the
/// Movement's letter form.
/// </summary>
public static class Art71
{
    public const int MinimumLettersPerMonth = 2;
    public const int MinimumCardsPerMonth = 4;

    public static MailQuotaKind? QuotaKindOf(MessageKind kind) => kind switch
    {
        MessageKind.Letter or MessageKind.RedCrossMessage => MailQuotaKind.Letter,
        MessageKind.Card => MailQuotaKind.Card,
        _ => null,
    };
}
