using Kinlink.Domain.Common;

namespace Kinlink.Data.Persistence;

/// <summary>
/// One folded spelling of one name form (both name orders, as written and in Latin). Name search is a
/// prefix range over this indexed column, so it finds a person whichever script the user types in.
/// </summary>
public sealed class NameSearchKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public PersonId PersonId { get; set; }

    public NameFormId NameFormId { get; set; }

    public string Key { get; set; } = "";
}
