namespace Codeflare.Sessions.Domain;

/// <summary>What a session runs: the agent of tab 1 and the resource tier (SPEC §3).</summary>
internal static class SessionChoices
{
    public static readonly IReadOnlyList<string> Agents = ["bash", "claude", "codex", "gemini", "opencode"];
    public static readonly IReadOnlyList<string> Tiers = ["small", "standard", "large"];
    public const string DefaultAgent = "bash";
    public const string DefaultTier = "standard";
}
