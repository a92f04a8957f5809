using System.Security.Cryptography;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Storage.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>
/// A part goes to the object store first and is then recorded as <see cref="TerminalRecordingStored"/> on the
/// recording's own stream with its SHA-256: an event never names an object that was not written. A part whose event
/// failed is written again under the same key with the next one, so nothing is counted twice.
/// </summary>
internal sealed class RecordingStore(IServiceScopeFactory scopes, TimeProvider clock) : IRecordingSink
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public async Task StoreAsync(RecordedPart part, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Deadline);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
        var key = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new StoreRecordingPartCommand(part.Terminal.SessionId, part.RecordingId, part.Number, part.Body), bounded.Token);
        var stored = new TerminalRecordingStored(part.RecordingId, part.Terminal.SessionId, part.Terminal.Tab, part.Number, key, part.Body.Length,
            Convert.ToHexStringLower(SHA256.HashData(part.Body)), part.DurationMs, part.Width, part.Height, part.StartedAt, part.Truncated, clock.GetUtcNow());
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(part.RecordingId, [stored], bounded.Token);
    }
}
