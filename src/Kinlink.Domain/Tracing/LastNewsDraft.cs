using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

/// <summary>The circumstances: when and where the family last had news, and how that news came (a call, a video, a comrade).</summary>
public sealed record LastNewsDraft(PartialDate? Date = null, string? Place = null, string? HowNewsCame = null);
