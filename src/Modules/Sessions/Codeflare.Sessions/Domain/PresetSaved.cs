namespace Codeflare.Sessions.Domain;

/// <summary>A preset as created or changed (its complete state).</summary>
internal sealed record PresetSaved(Guid PresetId, Guid OwnerId, string Name, string Agent, IReadOnlyList<string> Tabs, int Tiling, DateTimeOffset SavedAt);
