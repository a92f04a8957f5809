using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.ListFiles;

/// <summary>One page of a folder (empty path: the home folder); <paramref name="Cursor"/> continues a previous page.</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record ListFilesQuery(string? Path, string? Cursor) : IQuery<FileListing>;
