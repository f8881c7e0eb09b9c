namespace Kinlink.Data.Mail;

/// <summary>Where a message stands, in the words a family is told on the public status page.</summary>
public enum FamilyMessageState
{
    /// <summary>Taken in; waiting for the detaining authority's check.</summary>
    Received = 1,

    /// <summary>Passed the check, or travelling to the place of detention.</summary>
    OnItsWay = 2,

    Delivered = 3,

    /// <summary>The detaining authority did not let it through.</summary>
    Withheld = 4,

    /// <summary>Could not be delivered for a reason the page may say (transfer, unknown at the place, refused).</summary>
    Undeliverable = 5,

    /// <summary>
    /// Could not be delivered because the person died or was released: said in person, never on a page (as a death is
    /// in the enquiry's own answer), so the family is asked to contact the intermediary.
    /// </summary>
    ContactUs = 6,
}
