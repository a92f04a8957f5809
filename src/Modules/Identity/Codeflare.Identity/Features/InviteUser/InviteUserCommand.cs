using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.InviteUser;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record InviteUserCommand(string Email, IReadOnlyList<string> Roles) : ICommand<IssuedInvitation>;
