namespace Codeflare.Sessions.Domain;

/// <summary>A named workspace of one user, rebuilt from its stream and kept inline as a document.</summary>
internal sealed record Session(Guid Id, Guid OwnerId, string Name, string Agent, string Tier, SessionStatus Status, DateTimeOffset CreatedAt)
{
    public static Session Create(SessionCreated created) =>
        new(created.SessionId, created.OwnerId, created.Name, created.Agent, created.Tier, SessionStatus.Created, created.CreatedAt);

    public Session Apply(SessionRenamed renamed) => this with { Name = renamed.Name };
    public Session Apply(SessionDeleted _) => this with { Status = SessionStatus.Deleted };
}
