using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Contracts;

/// <summary>
/// Creates the instance's first admin. Sent by the setup module after it checked the setup code;
/// refused with 409 once any admin exists, so it can never add a second one.
/// </summary>
[AllowAnonymousRequest]
public sealed record CreateFirstAdminCommand(string Email, string Password) : ICommand<Guid>;
