using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.ChangePassword;

/// <summary>Returns the new security stamp, with which the caller's own cookie is renewed.</summary>
[RequiresPermission(Permission.OwnProfile)]
internal sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Guid>;
