using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Runner;

namespace Codeflare.Sessions.Tests;

public sealed class WorkspaceContainerSpecTests
{
    [Theory]
    [InlineData("small", 500_000_000L, 1L, 512L)]
    [InlineData("standard", 1_000_000_000L, 3L, 1024L)]
    [InlineData("large", 2_000_000_000L, 6L, 2048L)]
    public void Each_tier_sets_its_cpu_memory_and_pids_limits_without_swap(string tier, long nanoCpus, long gib, long pids)
    {
        var session = new Session(Guid.NewGuid(), Guid.NewGuid(), "s", "bash", tier, SessionStatus.Starting, DateTimeOffset.UtcNow);

        var limits = WorkspaceContainerSpec.For(session, "image", "network", "instance").Limits!;

        Assert.Equal((nanoCpus, gib << 30, gib << 30, pids), (limits.NanoCpus, limits.MemoryBytes, limits.MemorySwapBytes, limits.Pids));
    }

    [Theory]
    [InlineData("bash", "")]
    [InlineData("claude", "bash -lc 'claude; exec bash -l'")]
    [InlineData("opencode", "bash -lc 'opencode; exec bash -l'")]
    public void Tab_1_launches_the_agent_in_a_login_shell_that_stays_when_it_exits(string agent, string shellCommand)
    {
        var command = AgentLaunch.TmuxSession(1, agent, attach: false);

        Assert.Equal(["tmux", "new-session", "-d", "-s", "1"], command.Take(5));
        Assert.Equal(shellCommand, agent == "bash" ? "" : command[^1]);
        Assert.Equal(agent == "bash" ? 11 : 12, command.Count);
    }
}
