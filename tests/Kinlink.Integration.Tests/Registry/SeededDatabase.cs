using Kinlink.Testing;

namespace Kinlink.Integration.Tests.Registry;

/// <summary>A test database after the demo seeder ran on it, and what the seeder answered.</summary>
public sealed record SeededDatabase(TestDatabase Database, bool Seeded);
