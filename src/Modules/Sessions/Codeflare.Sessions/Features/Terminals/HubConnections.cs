using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Codeflare.Sessions.Features.Terminals;

/// <summary>Open hub connections per user, so that disabling a user ends theirs at once (a WebSocket authenticates only when it opens).</summary>
internal sealed class HubConnections
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, HubCallerContext>> byUser = new();

    public void Add(Guid userId, HubCallerContext connection) =>
        byUser.GetOrAdd(userId, _ => new ConcurrentDictionary<string, HubCallerContext>())[connection.ConnectionId] = connection;

    public void Remove(Guid userId, HubCallerContext connection)
    {
        if (byUser.TryGetValue(userId, out var open)) open.TryRemove(connection.ConnectionId, out _);
    }

    public void AbortAll(Guid userId)
    {
        if (!byUser.TryRemove(userId, out var open)) return;
        foreach (var connection in open.Values) connection.Abort();
    }
}
