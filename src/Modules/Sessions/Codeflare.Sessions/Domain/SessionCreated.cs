namespace Codeflare.Sessions.Domain;

internal sealed record SessionCreated(Guid SessionId, Guid OwnerId, string Name, string Agent, string Tier, DateTimeOffset CreatedAt);
