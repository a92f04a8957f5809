using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Features.Shared;

namespace Codeflare.Identity.Features.GetUser;

[RequiresPermission(Permission.ManageUsers)]
internal sealed record GetUserQuery(Guid UserId) : IQuery<UserSummary>;
