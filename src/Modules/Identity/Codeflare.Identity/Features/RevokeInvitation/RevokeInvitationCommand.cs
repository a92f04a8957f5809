using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.RevokeInvitation;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record RevokeInvitationCommand(Guid InvitationId) : ICommand<MediatR.Unit>;
