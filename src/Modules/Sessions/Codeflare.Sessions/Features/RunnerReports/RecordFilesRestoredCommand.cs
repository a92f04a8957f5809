using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

[SystemOnlyRequest]
internal sealed record RecordFilesRestoredCommand(Guid SessionId) : ICommand<Unit>;
