using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>Every file of a user (folder markers left out), for the workspace sync.</summary>
[SystemOnlyRequest]
public sealed record ListUserObjectsQuery(Guid UserId) : IQuery<IReadOnlyList<StoredObject>>;
