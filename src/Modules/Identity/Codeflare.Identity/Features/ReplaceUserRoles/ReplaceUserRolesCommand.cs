using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.ReplaceUserRoles;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record ReplaceUserRolesCommand(Guid UserId, IReadOnlyList<string> Roles) : ICommand<MediatR.Unit>;
