namespace Kinlink.Domain.Common;

/// <summary>The write was based on a stale version, or clashes with existing data. Maps to HTTP 409.</summary>
public class ConflictException(string message) : Exception(message);
