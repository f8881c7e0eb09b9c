namespace Kinlink.Domain.Mail;

/// <summary>What a message is (GC III art. 70-71, annex IV B and C; the Red Cross message of the Family Links network).</summary>
public enum MessageKind
{
    /// <summary>The Movement's open form with a part for the message and a part for the reply (domain.md R-I1).</summary>
    RedCrossMessage = 1,

    /// <summary>A letter (annex IV C, about 250 words); counts against the art. 71 letters.</summary>
    Letter = 2,

    /// <summary>A correspondence card (annex IV C); counts against the art. 71 cards.</summary>
    Card = 3,

    /// <summary>A capture card (art. 70, annex IV B) from a prisoner to the family and the intermediary; never counted in a quota.</summary>
    CaptureCard = 4,
}

/// <summary>Which way a message goes between the family and the person held.</summary>
public enum MessageDirection
{
    /// <summary>From a family (or anyone outside) to a person in the registry.</summary>
    ToDetainee = 1,

    /// <summary>From a person in the registry to the family (and, for a capture card, the intermediary).</summary>
    FromDetainee = 2,
}

/// <summary>How a message or parcel came to the intermediary.</summary>
public enum MailIntake
{
    /// <summary>Handed to a caseworker (at an office, by phone, by post).</summary>
    Caseworker = 1,

    /// <summary>Handed in by the family on the public status page with the case reference and secret.</summary>
    FamilyOnline = 2,

    /// <summary>Collected by a delegate, usually from the prisoner during a visit.</summary>
    Delegate = 3,

    /// <summary>Passed on by the detaining authority.</summary>
    Authority = 4,
}

/// <summary>Where a message or parcel is on its way.</summary>
public enum MailStatus
{
    /// <summary>Taken in; waiting for the detaining authority's check (a message) or for dispatch.</summary>
    Received = 1,

    /// <summary>Passed the check (the authority's for a message, the parcel rules for a parcel); ready to go.</summary>
    Cleared = 2,

    /// <summary>The detaining authority withheld the message, with a reason.</summary>
    Withheld = 3,

    /// <summary>The parcel broke a rule (weight, forbidden item, packing), with a reason for each.</summary>
    Refused = 4,

    /// <summary>In a dispatched batch on its way to the place of detention.</summary>
    InTransit = 5,

    Delivered = 6,

    /// <summary>Could not be delivered, with a reason; stopped items (death, release) end here too.</summary>
    Undeliverable = 7,

    /// <summary>A parcel sent back to its sender.</summary>
    Returned = 8,
}

/// <summary>The detaining authority's answer after reading a message (GC III art. 76).</summary>
public enum MessageCheckOutcome
{
    Passed = 1,
    PassedWithPartsStruckOut = 2,
    Withheld = 3,
}

/// <summary>How a message or parcel reached its addressee.</summary>
public enum DeliveryChannel
{
    /// <summary>Handed over by a delegate during a visit (the visit is named).</summary>
    DelegateOnVisit = 1,

    /// <summary>The detaining authority confirmed delivery.</summary>
    AuthorityConfirmed = 2,

    /// <summary>Given to the family by the intermediary (in person, by post or by phone).</summary>
    ToFamily = 3,

    /// <summary>Read by the family on the public status page.</summary>
    FamilyOnline = 4,
}

/// <summary>Why a message or parcel could not be delivered.</summary>
public enum UndeliverableReason
{
    /// <summary>The addressee was transferred and cannot be reached at the new place.</summary>
    Transferred = 1,

    Released = 2,

    Died = 3,

    /// <summary>The addressee is not known at the place or address.</summary>
    Unknown = 4,

    RefusedByAddressee = 5,
}

/// <summary>What is in a parcel line (GC III art. 72).</summary>
public enum ParcelCategory
{
    Food = 1,
    Clothing = 2,
    Hygiene = 3,
    Medicine = 4,
    Books = 5,
    Other = 6,
}

/// <summary>Who signed for a parcel (GC III art. 125).</summary>
public enum ParcelReceiptSigner
{
    Prisoner = 1,

    /// <summary>The prisoners' representative (art. 79-81).</summary>
    PrisonersRepresentative = 2,
}

/// <summary>Where a dispatch batch is.</summary>
public enum MailBatchStatus
{
    /// <summary>Being filled; items can be added and taken out.</summary>
    Open = 1,

    /// <summary>Sent to the place of detention; its items are in transit.</summary>
    Dispatched = 2,
}

/// <summary>What one step on a message's or parcel's trail did.</summary>
public enum MailEventKind
{
    Received = 1,
    Checked = 2,
    Withheld = 3,
    Refused = 4,
    Dispatched = 5,
    Rerouted = 6,
    Delivered = 7,
    Undeliverable = 8,

    /// <summary>Stopped because the addressee died or was released; the sender's case is flagged.</summary>
    Stopped = 9,

    Returned = 10,

    /// <summary>Taken out of a batch before dispatch (rerouting, or a correction).</summary>
    RemovedFromBatch = 11,

    /// <summary>A parcel's contents were changed and checked again.</summary>
    Corrected = 12,

    /// <summary>Routed for the first time to the place the person is held.</summary>
    Routed = 13,
}
