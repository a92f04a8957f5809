namespace Codeflare.Sessions.Domain;

/// <summary><see cref="Tabs"/> are the agents of tabs 2…6 (tab 1 runs <see cref="Agent"/>); both are null in events stored before layouts existed.</summary>
internal sealed record SessionCreated(
    Guid SessionId, Guid OwnerId, string Name, string Agent, string Tier, DateTimeOffset CreatedAt,
    IReadOnlyList<string>? Tabs = null, int? Tiling = null, Guid? PresetId = null);
