using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>
/// A person's own data key, stored wrapped with the master field-encryption key. Deleting the row erases every
/// value encrypted for the person (crypto-shredding) while the rows that hold those values stay as they are.
/// </summary>
public sealed class PersonKey
{
    public PersonId PersonId { get; set; }

    /// <summary>The key encrypted with the master key, in the <see cref="FieldEncryption"/> text format.</summary>
    public string WrappedKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
