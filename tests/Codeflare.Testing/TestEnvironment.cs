namespace Codeflare.Testing;

/// <summary>
/// The Testcontainers settings this kind of machine needs, applied also when a test runs without
/// <c>tests/test.runsettings</c> (from an IDE, say). See ../shared/INFRA-NOTES.md.
/// </summary>
public static class TestEnvironment
{
    public static void Apply()
    {
        SetIfMissing("DOCKER_API_VERSION", "1.41");
        SetIfMissing("TESTCONTAINERS_RYUK_DISABLED", "true");
        SetIfMissing("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1");
    }

    private static void SetIfMissing(string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))) Environment.SetEnvironmentVariable(name, value);
    }
}
