using Kinlink.Domain.Common;

namespace Kinlink.Data.Access;

/// <summary>A value cannot be decrypted because the person's key was erased: the value is gone on purpose.</summary>
public sealed class PersonKeyErasedException : Exception
{
    public PersonKeyErasedException()
    {
    }

    public PersonKeyErasedException(string message) : base(message)
    {
    }

    public PersonKeyErasedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public PersonKeyErasedException(PersonId personId) : base($"The data key of person {personId.Value} was erased; the value cannot be read any more.")
    {
        PersonId = personId;
    }

    public PersonId? PersonId { get; }
}
