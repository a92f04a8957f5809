using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.DeleteFiles;

/// <summary>A file, or a folder (a path ending in <c>/</c>, or naming one); a folder with content needs <paramref name="Recursive"/>.</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record DeleteFilesCommand(string? Path, bool Recursive) : ICommand<MediatR.Unit>;
