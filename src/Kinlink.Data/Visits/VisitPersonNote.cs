using Kinlink.Domain.Common;

namespace Kinlink.Data.Visits;

/// <summary>
/// A person's confidential note, opened. <see cref="Erased"/>: the person's key was erased (the person asked to be
/// forgotten), so the note can no longer be read and <see cref="Note"/> is empty.
/// </summary>
public sealed record VisitPersonNote(PersonId PersonId, string Reference, string Note, bool Erased);
