using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

[SystemOnlyRequest]
public sealed record DeleteUserObjectsCommand(Guid UserId, IReadOnlyList<string> Paths) : ICommand<MediatR.Unit>;
