namespace Kinlink.Data.Tracing;

/// <summary>One PFIF note about an enquiry's sought person: its id, date, status (null for none), text and last known location.</summary>
public sealed record PfifNote(string NoteRecordId, DateTimeOffset At, string? Status, string Text, string LastKnownLocation);
