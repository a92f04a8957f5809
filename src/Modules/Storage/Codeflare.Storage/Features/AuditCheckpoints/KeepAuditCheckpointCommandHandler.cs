using System.Text;
using System.Text.Json;
using Codeflare.Storage.Contracts;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.AuditCheckpoints;

/// <summary>The object's body repeats the key's facts with the time, for a person reading the bucket.</summary>
internal sealed class KeepAuditCheckpointCommandHandler(ObjectStore store) : IRequestHandler<KeepAuditCheckpointCommand, string>
{
    public async Task<string> Handle(KeepAuditCheckpointCommand command, CancellationToken cancellationToken)
    {
        var key = AuditCheckpointKey.For(command.Instance, command.Sequence, command.Link);
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { sequence = command.Sequence, link = command.Link, at = command.At }));
        using var content = new MemoryStream(body);
        await store.PutAsync(key, content, body.Length, "application/json", cancellationToken);
        return key;
    }
}
