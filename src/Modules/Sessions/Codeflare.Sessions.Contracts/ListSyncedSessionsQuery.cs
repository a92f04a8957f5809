using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Contracts;

namespace Codeflare.Sessions.Contracts;

/// <summary>Every running session with a container, as the workspace sync needs it (its periodic pass asks for these).</summary>
[SystemOnlyRequest]
public sealed record ListSyncedSessionsQuery : IQuery<IReadOnlyList<WorkspaceTarget>>;
