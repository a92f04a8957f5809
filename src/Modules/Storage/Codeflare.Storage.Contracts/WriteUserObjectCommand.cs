using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>Writes a user's file from the workspace sync (multipart above 64 MiB); the path is validated like the file API's.</summary>
[SystemOnlyRequest]
public sealed record WriteUserObjectCommand(Guid UserId, string Path, Stream Content, long Length) : ICommand<MediatR.Unit>;
