namespace Kinlink.Domain.Common;

/// <summary>Input that fails validation, with the message for each field. Maps to HTTP 400.</summary>
public class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
        => Errors = errors;

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Throws one error naming every field collected in <paramref name="errors"/>, if any (a copy, so the caller may go on using its dictionary).</summary>
    public static void ThrowIfAny(IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>(errors));
        }
    }
}
