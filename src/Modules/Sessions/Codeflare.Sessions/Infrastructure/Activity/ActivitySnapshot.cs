namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>Who was last there: the user (attach, detach, input) and the agent (terminal output, CPU).</summary>
internal sealed record ActivitySnapshot(int AttachedClients, DateTimeOffset LastUserActivityAt, DateTimeOffset LastAgentActivityAt);
