namespace Codeflare.Identity.Features.InviteUser;

internal sealed record InvitationCreated(Guid Id, string AcceptUrl, DateTimeOffset ExpiresAt);
