using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Contracts;

/// <summary>
/// The current state of a signed-in principal, looked up on every request so that disabling a user
/// or changing their password ends their sign-ins at once. Null when the user may no longer act.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetSignedInUserQuery(Guid UserId) : IQuery<SignedInUser?>;
