using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// The persons already on one side of an exchange, by service number and by name with date of birth, to refuse the same
/// person listed twice (in one file, or by importing a file again).
/// </summary>
internal sealed class ListingKeys
{
    private readonly HashSet<string> _serviceNumbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public ListingKeys(IEnumerable<(string? ServiceNumber, string Surname, string GivenName, string Patronymic, PartialDate? DateOfBirth)> listed)
    {
        foreach (var (number, surname, given, patronymic, born) in listed)
        {
            Add(number, surname, given, patronymic, born);
        }
    }

    public void Add(ExchangeListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        Add(listing.ServiceNumber, listing.Surname, listing.GivenName, listing.Patronymic, listing.DateOfBirth);
    }

    /// <summary>The column and reason when the listing names a person already on this side, else null.</summary>
    public (string Column, string Reason)? Duplicate(ExchangeListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (Person.NormaliseServiceNumber(listing.ServiceNumber) is { } number && _serviceNumbers.Contains(number))
        {
            return (ExchangeListColumns.ServiceNumber, $"Service number {number} is already on this party's list: the person is not added twice.");
        }

        if (NameKey(listing.Surname, listing.GivenName, listing.Patronymic, listing.DateOfBirth) is { } key && _names.Contains(key))
        {
            return (ExchangeListColumns.Surname, "A person of this name and date of birth is already on this party's list: the person is not added twice.");
        }

        return null;
    }

    private void Add(string? serviceNumber, string surname, string? given, string? patronymic, PartialDate? born)
    {
        if (Person.NormaliseServiceNumber(serviceNumber) is { } number)
        {
            _serviceNumbers.Add(number);
        }

        if (NameKey(surname, given, patronymic, born) is { } key)
        {
            _names.Add(key);
        }
    }

    /// <summary>Without a date of birth two persons of the same name are not taken for one.</summary>
    private static string? NameKey(string surname, string? given, string? patronymic, PartialDate? born) =>
        born is null ? null : string.Join('|', new[] { surname, given ?? "", patronymic ?? "" }.Select(p => p.Trim().ToUpperInvariant())) + "|" + born;
}
