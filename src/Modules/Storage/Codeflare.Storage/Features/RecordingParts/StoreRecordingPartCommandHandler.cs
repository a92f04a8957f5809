using System.Runtime.InteropServices;
using Codeflare.Storage.Contracts;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.RecordingParts;

internal sealed class StoreRecordingPartCommandHandler(ObjectStore store) : IRequestHandler<StoreRecordingPartCommand, string>
{
    public async Task<string> Handle(StoreRecordingPartCommand command, CancellationToken cancellationToken)
    {
        var key = RecordingPartKey.For(command.SessionId, command.RecordingId, command.Part);
        using var content = MemoryMarshal.TryGetArray(command.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(command.Content.ToArray(), writable: false);
        await store.PutAsync(key, content, command.Content.Length, "application/x-asciicast", cancellationToken);
        return key;
    }
}
