using Codeflare.ContainerEngine;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// The sessions' bridge: outbound traffic (git, npm, the agents' APIs) is NATed as usual, but inter-container
/// communication is off, so one session cannot reach another; and being a separate bridge, it cannot reach
/// containers on other networks either (the engine isolates bridges from each other).
/// </summary>
internal static class SessionNetwork
{
    public const string IccOption = "com.docker.network.bridge.enable_icc";

    public static NetworkSpec For(string name) => new(name, "bridge")
    {
        Options = new Dictionary<string, string> { [IccOption] = "false" },
        Labels = new Dictionary<string, string> { ["codeflare.network"] = "sessions" },
    };
}
