using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.UploadFile;

/// <summary>A whole file in one request (at most <c>Storage:MaxUploadBytes</c>), new or replacing one.</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record UploadFileCommand(string? Path, Stream Body, string? ContentType) : ICommand<Shared.StoredFile>;
