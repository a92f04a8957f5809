using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Features.MoveFiles;

/// <summary>Moves or renames a file or folder; nothing may exist at <paramref name="To"/> yet.</summary>
[RequiresPermission(Permission.OwnFiles)]
internal sealed record MoveFilesCommand(string? From, string? To) : ICommand<MediatR.Unit>;
