using Kinlink.Domain.Tracing;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The enquiries list's filters: status, a text found in the sought person's or the enquirer's name (or a reference), and
/// an age: only enquiries opened at least <see cref="MinAgeDays"/> days ago.
/// </summary>
public sealed record EnquiryQuery(EnquiryStatus? Status = null, string? Text = null, int? Page = null, int? PageSize = null, int? MinAgeDays = null);
