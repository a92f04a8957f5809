using Codeflare.ContainerEngine;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>The hardened shape of every session container (SPEC §3, §9).</summary>
internal static class WorkspaceContainerSpec
{
    /// <summary>
    /// What a root dev shell needs: owning and reading any file, switching users (apt, sudo-less tools), signalling
    /// its own processes, binding low ports. Gone compared with Docker's default: MKNOD, NET_RAW (no spoofing or
    /// sniffing on the bridge), SETFCAP, SETPCAP, SYS_CHROOT, AUDIT_WRITE.
    /// </summary>
    public static readonly IReadOnlyList<string> Capabilities =
        ["CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "NET_BIND_SERVICE"];

    public static ContainerSpec For(Session session, string image, string networkId, string instanceId)
    {
        var resources = TierResources.For(session.Tier);
        return new ContainerSpec(ContainerLabels.NameFor(session.Id), image)
        {
            Hostname = "codeflare",
            Labels = new Dictionary<string, string>
            {
                [ContainerLabels.Session] = session.Id.ToString(),
                [ContainerLabels.User] = session.OwnerId.ToString(),
                [ContainerLabels.Instance] = instanceId,
            },
            // An interactive shell as PID 1 ignores SIGTERM; with docker-init and SIGHUP a stop takes ~60 ms.
            StopSignal = "SIGHUP",
            Init = true,
            Env = ["CODEFLARE_SESSION=" + session.Id],
            Limits = new ContainerLimits(resources.NanoCpus, resources.MemoryBytes, MemorySwapBytes: resources.MemoryBytes, resources.Pids),
            CapDrop = ["ALL"],
            CapAdd = Capabilities,
            SecurityOptions = ["no-new-privileges"],
            Network = networkId,
            LogDriver = "json-file",
            LogOptions = new Dictionary<string, string> { ["max-size"] = "1m", ["max-file"] = "1" },
        };
    }
}
