using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.Shared;

internal sealed record SessionView(
    Guid Id, Guid OwnerId, string Name, string Agent, string Tier, IReadOnlyList<string> Tabs, int Tiling, string Status,
    string? Stage, string? Reason, string? Message, long? ExitCode, DateTimeOffset CreatedAt, DateTimeOffset? LastActiveAt)
{
    public static SessionView From(Session session) => new(
        session.Id, session.OwnerId, session.Name, session.Agent, session.Tier, session.Tabs, session.Tiling,
        session.Status.ToString().ToLowerInvariant(), session.Stage, session.Reason, session.Message, session.ExitCode,
        session.CreatedAt, session.LastActiveAt);
}
