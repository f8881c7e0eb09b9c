using Kinlink.Data.Registry;

namespace Kinlink.Web.Pages.Registry.Places;

/// <summary>Persons held at a place, now or before: the first of them and how many there are in all.</summary>
public sealed record PersonTableView(IReadOnlyList<PersonSummary> Persons, int Total, string Caption);
