using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Setup.Features.CreateAdmin;

/// <summary>Anyone may try; the setup code is the proof, checked by the handler.</summary>
[AllowAnonymousRequest]
internal sealed record CreateAdminCommand(string SetupCode, string Email, string Password) : ICommand<Guid>;
