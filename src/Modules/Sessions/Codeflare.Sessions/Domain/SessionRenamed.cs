namespace Codeflare.Sessions.Domain;

internal sealed record SessionRenamed(Guid SessionId, string Name, DateTimeOffset RenamedAt);
