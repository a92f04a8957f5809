using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>A user's storage quota in bytes (the workspace sync keeps within it like the file API).</summary>
[SystemOnlyRequest]
public sealed record GetUserQuotaQuery(Guid UserId) : IQuery<long>;
