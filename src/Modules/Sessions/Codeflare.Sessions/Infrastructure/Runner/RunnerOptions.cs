namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>Section <c>Sessions</c>: how the runner builds and watches session containers (SPEC §3).</summary>
internal sealed class RunnerOptions
{
    public string Image { get; set; } = "codeflare/workspace:latest";

    /// <summary>The dedicated bridge network, created with inter-container traffic disabled.</summary>
    public string Network { get; set; } = "codeflare-sessions";

    /// <summary>A session still not ready after this is <c>failed</c>, never stuck in <c>starting</c>.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long a stopping container gets after SIGHUP before it is killed.</summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Every interval all sessions are compared with the engine, catching what events missed.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Separates the containers of instances sharing one engine; derived from the database when empty.</summary>
    public string? InstanceId { get; set; }

    public SyncSwitch Sync { get; set; } = new();

    public bool SyncWorkspace => Sync.Enabled;
}
