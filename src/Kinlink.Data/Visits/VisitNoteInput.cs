namespace Kinlink.Data.Visits;

/// <summary>A confidential note about one person on the visit (by id or registry reference).</summary>
public sealed record VisitNoteInput(string? Person, string? Note);
