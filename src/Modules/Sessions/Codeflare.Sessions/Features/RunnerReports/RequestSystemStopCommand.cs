using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

/// <summary>The host's own stop: idle timeout, or the owner was disabled.</summary>
[SystemOnlyRequest]
internal sealed record RequestSystemStopCommand(Guid SessionId, string Reason) : ICommand<Unit>;
