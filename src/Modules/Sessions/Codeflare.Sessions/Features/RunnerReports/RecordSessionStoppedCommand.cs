using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

[SystemOnlyRequest]
internal sealed record RecordSessionStoppedCommand(Guid SessionId, string Reason, long? ExitCode) : ICommand<Unit>;
