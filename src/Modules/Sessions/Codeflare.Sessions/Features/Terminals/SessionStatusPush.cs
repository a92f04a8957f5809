using Codeflare.Sessions.Domain;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Features.Terminals;

/// <summary>SPEC §14 server-to-client <c>SessionStatus</c>: after each commit that changed a session, its owner's connections and admins' hear of it.</summary>
internal sealed class SessionStatusPush(IServiceProvider services) : DocumentSessionListenerBase
{
    public const string AdminGroup = "admins";

    private static readonly HashSet<Type> StatusEvents =
    [
        typeof(SessionStartRequested), typeof(SessionContainerStarted), typeof(SessionReady), typeof(SessionStartFailed),
        typeof(SessionStopRequested), typeof(SessionStopped), typeof(SessionDeleted),
    ];

    public static string UserGroup(Guid userId) => $"user:{userId:N}";

    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var changed = commit.GetEvents().Where(stored => StatusEvents.Contains(stored.EventType)).Select(stored => stored.StreamId).Distinct().ToArray();
        if (changed.Length == 0) return;
        await using var query = services.GetRequiredService<IDocumentStore>().QuerySession();
        var hub = services.GetRequiredService<IHubContext<TerminalHub>>();
        foreach (var current in await query.LoadManyAsync<Session>(token, changed))
        {
            object?[] status = [current.Id, current.Status.ToString().ToLowerInvariant(), current.Stage, StartStages.Progress(current.Stage), current.Message];
            await hub.Clients.Groups(UserGroup(current.OwnerId), AdminGroup).SendCoreAsync("SessionStatus", status, CancellationToken.None);
        }
    }
}
