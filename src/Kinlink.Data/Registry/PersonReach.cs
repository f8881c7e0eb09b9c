namespace Kinlink.Data.Registry;

/// <summary>What an account may do with one person it can see.</summary>
public sealed record PersonReach(PersonAccess Access, bool CanChange);
