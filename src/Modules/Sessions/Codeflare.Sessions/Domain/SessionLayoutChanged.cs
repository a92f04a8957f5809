namespace Codeflare.Sessions.Domain;

internal sealed record SessionLayoutChanged(Guid SessionId, IReadOnlyList<string> Tabs, int Tiling, DateTimeOffset ChangedAt);
