using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.CreateApiToken;

[RequiresPermission(Permission.OwnProfile)]
internal sealed record CreateApiTokenCommand(string Name, IReadOnlyList<string> Scopes, int ExpiresInDays) : ICommand<CreatedApiToken>;
