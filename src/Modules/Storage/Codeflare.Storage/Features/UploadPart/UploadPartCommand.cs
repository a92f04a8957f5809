using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.UploadPart;

/// <summary>Part <paramref name="Number"/> (1–10,000) of an upload; sending a number again replaces that part.</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record UploadPartCommand(Guid UploadId, int Number, Stream Body) : ICommand<UploadedPart>;
