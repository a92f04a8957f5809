namespace Codeflare.Identity.Domain;

/// <summary>When a token was last used: a read model refreshed at most once a minute, not an event per request.</summary>
internal sealed record ApiTokenUsage(Guid Id, DateTimeOffset LastUsedAt);
