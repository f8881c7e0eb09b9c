namespace Kinlink.Data.Tracing;

/// <summary>Why a candidate appeared in the worklist.</summary>
public enum EnquiryCandidateReason
{
    /// <summary>Found when the registry was searched for a newly opened enquiry.</summary>
    EnquiryOpened = 1,

    /// <summary>Found when the registry was searched again after the enquiry's sought person was edited.</summary>
    EnquiryEdited = 2,

    /// <summary>A person registered after the enquiry was opened (by hand or from a notification list).</summary>
    NewPerson = 3,

    /// <summary>An existing person's names, date or place of birth changed (an edit, or a list's new spelling).</summary>
    PersonChanged = 4,

    /// <summary>Rejected once, and the person's record changed after the rejection.</summary>
    ChangedSinceRejected = 5,
}
