using Codeflare.BuildingBlocks.Events;

namespace Codeflare.BuildingBlocks.Tests;

internal sealed class RecordingAuditTrail : IAuditTrail
{
    public List<object> Recorded { get; } = [];

    public Task RecordAsync(object securityEvent, CancellationToken cancellationToken)
    {
        Recorded.Add(securityEvent);
        return Task.CompletedTask;
    }

    public Task RecordAsync(Guid streamId, IReadOnlyList<object> securityEvents, CancellationToken cancellationToken)
    {
        Recorded.AddRange(securityEvents);
        return Task.CompletedTask;
    }

    public Task RecordDenialAsync(IDenial denial, CancellationToken cancellationToken) => RecordAsync(denial, cancellationToken);
}
