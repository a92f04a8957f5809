using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.StartUpload;

/// <summary>Starts a multipart upload of a file of <paramref name="Size"/> bytes (checked against the quota now and at completion).</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record StartUploadCommand(string? Path, long Size, string? ContentType) : ICommand<UploadStarted>;
