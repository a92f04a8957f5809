using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.EnableUser;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record EnableUserCommand(Guid UserId) : ICommand<MediatR.Unit>;
