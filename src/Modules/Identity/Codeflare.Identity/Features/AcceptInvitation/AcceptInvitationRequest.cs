namespace Codeflare.Identity.Features.AcceptInvitation;

internal sealed record AcceptInvitationRequest(string Token, string Password);
