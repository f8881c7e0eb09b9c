namespace Kinlink.Data.Registry;

/// <summary>How much of a person's record an account may see.</summary>
public enum PersonAccess
{
    /// <summary>Everything Kinlink keeps that the account's role may read.</summary>
    Full = 0,

    /// <summary>
    /// Only what art. 122-123 of the Third Geneva Convention require to be passed on to the power the person depends
    /// on: the art. 122(4) identity particulars, category and sex, the current place and status, the status events
    /// (kind, date, places) and the state of health of the seriously ill or wounded (art. 122(6)).
    /// </summary>
    NotificationOnly = 1,
}
