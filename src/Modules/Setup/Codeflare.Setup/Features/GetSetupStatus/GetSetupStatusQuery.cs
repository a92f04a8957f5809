using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Setup.Contracts;

namespace Codeflare.Setup.Features.GetSetupStatus;

[AllowAnonymousRequest]
internal sealed record GetSetupStatusQuery : IQuery<SetupStatus>;
