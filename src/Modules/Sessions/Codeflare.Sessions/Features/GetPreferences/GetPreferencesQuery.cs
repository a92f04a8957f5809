using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.GetPreferences;

[RequiresPermission(Permission.OwnProfile)]
internal sealed record GetPreferencesQuery : IQuery<UserPreferences>;
