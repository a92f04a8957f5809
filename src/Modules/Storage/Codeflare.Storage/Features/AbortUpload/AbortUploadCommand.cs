using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.AbortUpload;

[RequiresPermission(Permission.OwnFiles)]
internal sealed record AbortUploadCommand(Guid UploadId) : ICommand<MediatR.Unit>;
