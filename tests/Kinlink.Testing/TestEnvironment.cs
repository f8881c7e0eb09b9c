using Xunit;

namespace Kinlink.Testing;

/// <summary>
/// What the machine offers the tests. A test that needs PostgreSQL or Chromium skips with a reason when
/// they are missing, except under KINLINK_REQUIRE_ALL_TESTS=1 (set by .ci/run), where the skip becomes a failure.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "KINLINK_TEST_POSTGRES";
    public const string RequireAllVariable = "KINLINK_REQUIRE_ALL_TESTS";
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>Skips the running test (or fails it when every test is required) when the condition holds.</summary>
    public static void SkipUnless(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (RequireAll)
        {
            throw new InvalidOperationException($"{RequireAllVariable}=1 but this test cannot run: {reason}");
        }

        Skip.If(true, reason);
    }
}
