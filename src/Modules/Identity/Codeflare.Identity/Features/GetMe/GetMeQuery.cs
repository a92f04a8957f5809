using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.GetMe;

[RequiresSignIn]
internal sealed record GetMeQuery : IQuery<MeResponse>;
