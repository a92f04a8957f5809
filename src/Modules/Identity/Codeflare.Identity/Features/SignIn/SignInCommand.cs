using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;

namespace Codeflare.Identity.Features.SignIn;

[AllowAnonymousRequest]
internal sealed record SignInCommand(string Email, string Password) : ICommand<SignedInUser>;
