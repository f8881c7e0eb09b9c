namespace Kinlink.Data.Tracing;

/// <summary>
/// What an export may contain. <see cref="IncludeContactDetails"/> (default no) puts the enquirer's name, email and
/// phone in the person record's <c>author_*</c> fields: a PFIF record is written to be copied from repository to
/// repository, so a family's contact details go out only when the receiving service needs them to answer that family
/// and the caseworker says so.
/// </summary>
public sealed record PfifExportOptions(DateTimeOffset? Since = null, bool IncludeContactDetails = false);
