using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.AcceptInvitation;

/// <summary>Anyone with the invitation's token; the token is the proof.</summary>
[AllowAnonymousRequest]
internal sealed record AcceptInvitationCommand(string Token, string Password) : ICommand<Guid>;
