namespace Codeflare.Sessions.Domain;

/// <summary>Tab 1's agent runs in the container before any browser attached (SPEC §3 pre-warming).</summary>
internal sealed record SessionReady(Guid SessionId, DateTimeOffset ReadyAt);
