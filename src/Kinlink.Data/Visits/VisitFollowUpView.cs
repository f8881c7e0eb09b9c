using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>A follow-up action with what it is about: its visit's reference and place, and the person's reference and name.</summary>
public sealed record VisitFollowUpView(VisitFollowUp FollowUp, string VisitReference, string PlaceCode, string? PersonReference, string? PersonName, bool Overdue);
