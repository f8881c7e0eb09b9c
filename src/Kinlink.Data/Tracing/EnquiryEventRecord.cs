using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>A case event as read, with the confirmed person's reference and the place of detention's code and name resolved.</summary>
public sealed record EnquiryEventRecord(EnquiryEvent Event, string? PersonReference, string? PlaceCode, string? PlaceName);
