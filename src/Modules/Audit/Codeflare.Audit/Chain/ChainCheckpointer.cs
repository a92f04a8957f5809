using Codeflare.Audit.Domain;
using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks.Events;
using Codeflare.Storage.Contracts;
using Marten;
using MediatR;
using Npgsql;

namespace Codeflare.Audit.Chain;

/// <summary>
/// Anchors the chain outside PostgreSQL: whoever can rewrite the database can recompute every link, but not the
/// checkpoints the object store (its own system, its own credentials) already holds. The table beside the chain
/// only says when the last one was written; verification never trusts it.
/// </summary>
internal sealed class ChainCheckpointer(IDocumentStore store, AuditSchema schema, ChainInstance instance, TimeProvider clock)
{
    public async Task<DateTimeOffset?> LastAsync(CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select max(time) from codeflare.audit_checkpoints", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime last ? new DateTimeOffset(last, TimeSpan.Zero) : null;
    }

    /// <summary>Writes the head unless it is already anchored; the mediator and audit trail act as the host.</summary>
    public async Task KeepAsync(IMediator mediator, IAuditTrail auditTrail, CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (await ChainVerifier.HeadAsync(connection, cancellationToken) is not { } head) return;
        var now = clock.GetUtcNow();
        var key = await mediator.Send(new KeepAuditCheckpointCommand(instance.Id, head.Sequence, head.Link, now), cancellationToken);
        await using (var command = new NpgsqlCommand("""
            insert into codeflare.audit_checkpoints (sequence, link, time) values (@sequence, decode(@link, 'hex'), @time)
            on conflict (sequence) do update set time = excluded.time
            """, connection))
        {
            command.Parameters.AddWithValue("sequence", head.Sequence);
            command.Parameters.AddWithValue("link", head.Link);
            command.Parameters.AddWithValue("time", now.UtcDateTime);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await auditTrail.RecordAsync(new AuditChainCheckpointed(head.Sequence, head.Link, key, now), cancellationToken);
    }
}
