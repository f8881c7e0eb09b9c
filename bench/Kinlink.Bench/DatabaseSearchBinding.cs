namespace Kinlink.Bench;

/// <summary>
/// Where the database search service plugs into the bench. Kinlink's database search (<c>PersonMatchSearch</c>,
/// candidate keys stored per person) is built on another branch; until it is merged there is nothing to call,
/// and the bench says so instead of measuring something else under its name.
/// </summary>
/// <remarks>
/// To switch it on, return a <see cref="PersonSearch"/> that asks the service for the enquiry's candidates as
/// the intermediary (who sees every person), e.g.
/// <c>(db, enquiry, top, ct) =&gt; new PersonMatchSearch(db, ...).SearchAsync(Actor.System, EnquiryText.Of(enquiry), enquiry.DateOfBirth?.ToString(), top, ct)</c>
/// mapped to the person ids, best first.
/// </remarks>
public static class DatabaseSearchBinding
{
    public const string NotAvailable = "not measured: Kinlink's database search (PersonMatchSearch) is not on this branch yet; see DatabaseSearchBinding.cs";

    public static PersonSearch? Search => null;
}
