using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>
/// SPEC §5: copies the user's files into a new container before its terminals start. Never throws for a store or
/// container fault: the failure is recorded (<c>WorkspaceSyncFailed</c>) and the periodic sync brings the files later.
/// </summary>
[SystemOnlyRequest]
public sealed record RestoreWorkspaceCommand(WorkspaceTarget Target) : ICommand<MediatR.Unit>;
