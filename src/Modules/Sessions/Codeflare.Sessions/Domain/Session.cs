using JasperFx.Events;

namespace Codeflare.Sessions.Domain;

/// <summary>
/// A named workspace of one user, rebuilt from its stream and kept inline as a document. The runner drives the
/// container towards what this says (level-triggered), so the document is also the runner's desired state.
/// </summary>
internal sealed record Session(Guid Id, Guid OwnerId, string Name, string Agent, string Tier, SessionStatus Status, DateTimeOffset CreatedAt)
{
    /// <summary>The agents of tabs 2…6 (SPEC §3: further tabs start as bash unless configured).</summary>
    public IReadOnlyList<string> Tabs { get; init; } = [];

    /// <summary>How many panes the terminal view tiles (1–4).</summary>
    public int Tiling { get; init; } = 1;

    public string? Stage { get; init; }
    public string? Message { get; init; }
    public string? Reason { get; init; }
    public long? ExitCode { get; init; }
    public string? ContainerId { get; init; }
    public DateTimeOffset? StartRequestedAt { get; init; }
    public DateTimeOffset? ReadyAt { get; init; }
    public DateTimeOffset? LastActiveAt { get; init; }

    /// <summary>The correlation of the last start or stop request, so the runner's events continue its chain in the audit.</summary>
    public string? RequestCorrelationId { get; init; }

    /// <summary>Tab 1 runs the session's agent; further tabs their configured one, else bash (SPEC §3).</summary>
    public string AgentOfTab(int tab) => tab == 1 ? Agent : Tabs.ElementAtOrDefault(tab - 2) ?? "bash";

    public bool IsActive => Status is SessionStatus.Starting or SessionStatus.Running or SessionStatus.Stopping;

    public static Session Create(SessionCreated created) =>
        new(created.SessionId, created.OwnerId, created.Name, created.Agent, created.Tier, SessionStatus.Created, created.CreatedAt)
        {
            Tabs = created.Tabs ?? [], Tiling = created.Tiling ?? 1,
        };

    public Session Apply(SessionRenamed renamed) => this with { Name = renamed.Name };
    public Session Apply(SessionLayoutChanged changed) => this with { Tabs = changed.Tabs, Tiling = changed.Tiling };

    public Session Apply(IEvent<SessionStartRequested> requested) => this with
    {
        Status = SessionStatus.Starting, Stage = StartStages.Provisioning, Message = null, Reason = requested.Data.Reason, ExitCode = null,
        ContainerId = null, StartRequestedAt = requested.Data.RequestedAt, ReadyAt = null, RequestCorrelationId = requested.CorrelationId,
    };

    public Session Apply(SessionContainerStarted started) =>
        this with { Stage = StartStages.RestoringFiles, ContainerId = started.ContainerId };

    public Session Apply(SessionFilesRestored restored) => this with { Stage = StartStages.StartingTerminals };

    public Session Apply(SessionReady ready) =>
        this with { Status = SessionStatus.Running, Stage = StartStages.Ready, ReadyAt = ready.ReadyAt, LastActiveAt = ready.ReadyAt };

    public Session Apply(SessionStartFailed failed) => this with
    {
        Status = SessionStatus.Failed, Stage = StartStages.Failed, Message = failed.Message, Reason = $"error: {failed.Message}",
        ContainerId = null, LastActiveAt = failed.FailedAt,
    };

    public Session Apply(IEvent<SessionStopRequested> requested) => this with
    {
        Status = Status == SessionStatus.Deleted ? Status : SessionStatus.Stopping, Reason = requested.Data.Reason,
        RequestCorrelationId = requested.CorrelationId,
    };

    public Session Apply(SessionStopped stopped) => this with
    {
        Status = Status == SessionStatus.Deleted ? Status : SessionStatus.Stopped, Stage = null, Reason = stopped.Reason,
        ExitCode = stopped.ExitCode, ContainerId = null, LastActiveAt = stopped.StoppedAt,
    };

    public Session Apply(SessionDeleted _) => this with { Status = SessionStatus.Deleted };
}
