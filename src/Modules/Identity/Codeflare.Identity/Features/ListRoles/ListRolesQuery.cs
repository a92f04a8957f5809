using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.ListRoles;

[RequiresSignIn]
internal sealed record ListRolesQuery : IQuery<IReadOnlyList<RoleDescription>>;
