using Codeflare.BuildingBlocks.Marten;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Sync outcomes have a stream of their own per session: a background sync appending never contends with the
/// user's stop or rename on the session's stream. (Events from before the move stay where they were.)
/// </summary>
internal static class SyncStream
{
    public static Guid For(Guid sessionId) => NamedStreamId.For($"workspace-sync:{sessionId}");
}
