using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.DisableUser;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record DisableUserCommand(Guid UserId) : ICommand<MediatR.Unit>;
