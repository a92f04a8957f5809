using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

/// <summary>A restore, a sync that moved something, or a failed sync, on the session's stream.</summary>
[SystemOnlyRequest]
internal sealed record RecordWorkspaceSyncCommand(IWorkspaceSyncEvent Outcome) : ICommand<Unit>;
