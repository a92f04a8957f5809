using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Features.Shared;

namespace Codeflare.Storage.Features.CompleteUpload;

[RequiresPermission(Permission.OwnFiles)]
internal sealed record CompleteUploadCommand(Guid UploadId) : ICommand<StoredFile>;
