using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using MediatR;

namespace Codeflare.Sessions.Features.DeletePreset;

[RequiresPermission(Permission.OwnProfile)]
internal sealed record DeletePresetCommand(Guid PresetId) : ICommand<Unit>;
