using Marten;
using Npgsql;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// One host at a time syncs a session: a PostgreSQL advisory lock on its own connection, held for the sync. A host that
/// dies loses its connection and so its lease; another host's next pass takes over.
/// </summary>
internal sealed class SyncLease : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private SyncLease(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    public static async Task<SyncLease?> TryTakeAsync(IDocumentStore store, Guid sessionId, CancellationToken cancellationToken)
    {
        var key = KeyOf(sessionId);
        var connection = store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true) return new SyncLease(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A namespace in the high bits keeps these keys apart from the other advisory locks of the product.</summary>
    internal static long KeyOf(Guid sessionId) => BitConverter.ToInt64(sessionId.ToByteArray(), 0) ^ 0x5379_6e63_0000_0000;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteScalarAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
