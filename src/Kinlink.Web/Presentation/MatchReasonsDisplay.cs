using Kinlink.Data.Registry.Matching;

namespace Kinlink.Web.Presentation;

/// <summary>
/// What <c>Shared/_MatchReasons</c> shows: the engine's verdict per field in the reader's language and, where the reader
/// decides on one pair (a candidate, a duplicate pair, an exchange entry), the engine's own note under each verdict,
/// which names the forms it compared and is written in English.
/// </summary>
public sealed record MatchReasonsDisplay(MatchReasons Reasons, bool EngineNotes);
