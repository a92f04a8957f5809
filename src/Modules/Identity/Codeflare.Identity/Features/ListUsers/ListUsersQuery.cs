using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Features.Shared;

namespace Codeflare.Identity.Features.ListUsers;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record ListUsersQuery : IQuery<IReadOnlyList<UserSummary>>;
