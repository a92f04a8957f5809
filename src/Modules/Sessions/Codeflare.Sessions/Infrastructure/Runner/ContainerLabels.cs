namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>The labels that make a container a session's, and the instance's (SPEC §3).</summary>
internal static class ContainerLabels
{
    public const string Session = "codeflare.session";
    public const string User = "codeflare.user";
    public const string Instance = "codeflare.instance";

    public static string NameFor(Guid sessionId) => $"codeflare-session-{sessionId:N}";
}
