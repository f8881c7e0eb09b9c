namespace Kinlink.Domain.Common;

/// <summary>The thing asked for does not exist (or is not visible to the caller). Maps to HTTP 404.</summary>
public class NotFoundException(string what, string key) : Exception($"{what} '{key}' was not found.")
{
    public string What { get; } = what;
    public string Key { get; } = key;
}
