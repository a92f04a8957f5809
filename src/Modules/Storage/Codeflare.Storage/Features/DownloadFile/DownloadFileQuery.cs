using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.DownloadFile;

/// <summary><paramref name="Range"/>: the request's single <c>bytes=…</c> range, if it has one.</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record DownloadFileQuery(string? Path, string? Range) : IQuery<FileContent>;
