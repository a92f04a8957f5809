using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>
/// The sync status of the given sessions, from the shared read model (any host answers the same). Sent by the
/// Sessions module's status reads, which have already checked who may see those sessions; no endpoint maps it.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetWorkspaceSyncStatusesQuery(IReadOnlyList<Guid> SessionIds) : IQuery<IReadOnlyDictionary<Guid, WorkspaceSyncStatus>>;
