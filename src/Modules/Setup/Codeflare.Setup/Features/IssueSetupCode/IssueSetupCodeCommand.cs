using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Setup.Features.IssueSetupCode;

[SystemOnlyRequest]
internal sealed record IssueSetupCodeCommand(string CodeHash) : ICommand<MediatR.Unit>;
