namespace Codeflare.Storage.Contracts;

/// <summary>
/// A session's container as the workspace sync sees it: whose files, which container (by the id the session's state
/// records), which sync mode, and the correlation of the request that started it (the sync's events continue that chain).
/// </summary>
public sealed record WorkspaceTarget(Guid SessionId, Guid OwnerId, string ContainerId, string SyncMode, string? CorrelationId);
