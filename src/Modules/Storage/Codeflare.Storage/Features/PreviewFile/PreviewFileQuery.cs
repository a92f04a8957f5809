using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.PreviewFile;

[RequiresPermission(Permission.OwnFiles)]
internal sealed record PreviewFileQuery(string? Path) : IQuery<FilePreview>;
