namespace Codeflare.Storage.WorkspaceSync;

/// <summary>The container a sync works on and whether it still runs (a stopped one is read, never written).</summary>
internal sealed record WorkspaceTargetView(Guid OwnerId, string ContainerId, bool Running);
