using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.RevokeApiToken;

[RequiresPermission(Permission.OwnProfile)]
internal sealed record RevokeApiTokenCommand(Guid TokenId) : ICommand<MediatR.Unit>;
