using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>
/// The last sync before a container is removed (a few tries; a container that is no longer running is read through
/// the archive API and saved upward only). Returns whether it succeeded; a failure is recorded either way.
/// </summary>
[SystemOnlyRequest]
public sealed record FinishWorkspaceSyncCommand(WorkspaceTarget Target, bool ContainerRunning) : ICommand<bool>;
