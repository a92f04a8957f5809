using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.ListPresets;

[RequiresPermission(Permission.OwnProfile)]
internal sealed record ListPresetsQuery : IQuery<IReadOnlyList<Preset>>;
