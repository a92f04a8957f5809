using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Contracts;

/// <summary>
/// Checks a personal access token for the host's bearer scheme. Null when it is unknown, wrong, expired,
/// revoked or its user may no longer act; otherwise the user with the token's scopes as permissions.
/// A command because it records the token's use.
/// </summary>
[AllowAnonymousRequest]
public sealed record AuthenticateApiTokenCommand(string Token) : ICommand<SignedInUser?>;
