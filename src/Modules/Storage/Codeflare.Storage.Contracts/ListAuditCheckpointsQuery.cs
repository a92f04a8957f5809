using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>Every audit checkpoint the object store holds for the instance, oldest first.</summary>
[SystemOnlyRequest]
public sealed record ListAuditCheckpointsQuery(string Instance) : IQuery<IReadOnlyList<StoredAuditCheckpoint>>;
