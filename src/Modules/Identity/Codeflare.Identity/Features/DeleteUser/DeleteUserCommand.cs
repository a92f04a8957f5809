using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.DeleteUser;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record DeleteUserCommand(Guid UserId) : ICommand<MediatR.Unit>;
