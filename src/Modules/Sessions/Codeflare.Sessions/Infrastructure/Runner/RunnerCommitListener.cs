using Codeflare.Sessions.Domain;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// After any commit that changed what a session wants (start, stop, delete), the runner acts at once rather than
/// at the next sweep. The commit is what makes it durable: a host that dies here finds the request on restart.
/// </summary>
internal sealed class RunnerCommitListener(IServiceProvider services) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var wanted = commit.GetEvents()
            .Where(stored => stored.Data is SessionStartRequested or SessionStopRequested or SessionDeleted)
            .Select(stored => stored.StreamId).Distinct().ToList();
        if (wanted.Count == 0) return Task.CompletedTask;
        var trigger = services.GetRequiredService<RunnerTrigger>();
        foreach (var sessionId in wanted) trigger.Nudge(sessionId);
        return Task.CompletedTask;
    }
}
