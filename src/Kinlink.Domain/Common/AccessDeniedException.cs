namespace Kinlink.Domain.Common;

/// <summary>The caller may see the thing but not change it (a party's officer and a person the party does not hold). Maps to HTTP 403.</summary>
public class AccessDeniedException(string message) : Exception(message);
