using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>A user's file as a stream the caller disposes; null when it is gone.</summary>
[SystemOnlyRequest]
public sealed record ReadUserObjectQuery(Guid UserId, string Path) : IQuery<Stream?>;
