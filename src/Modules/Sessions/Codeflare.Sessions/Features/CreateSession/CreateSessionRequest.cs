namespace Codeflare.Sessions.Features.CreateSession;

internal sealed record CreateSessionRequest(string Name, string? Agent, string? Tier, Guid? PresetId);
