namespace Kinlink.Domain.Common;

/// <summary>The caller may see the thing but not do this to it. Maps to HTTP 403.</summary>
public class ForbiddenException(string message) : Exception(message);
