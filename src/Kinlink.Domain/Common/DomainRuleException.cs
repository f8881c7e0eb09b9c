namespace Kinlink.Domain.Common;

/// <summary>A request that breaks a domain rule (an impossible event, say). Maps to HTTP 422.</summary>
public class DomainRuleException(string field, string message) : Exception(message)
{
    /// <summary>The field or concept the rule concerns, so an error can point at it.</summary>
    public string Field { get; } = field;
}
