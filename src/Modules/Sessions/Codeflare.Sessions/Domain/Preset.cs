namespace Codeflare.Sessions.Domain;

/// <summary>SPEC §3: a saved way to start a session — the agent of tab 1, the agents of further tabs, the tiling.</summary>
internal sealed record Preset(Guid Id, Guid OwnerId, string Name, string Agent, IReadOnlyList<string> Tabs, int Tiling, bool Deleted)
{
    public static Preset Create(PresetSaved saved) => new(saved.PresetId, saved.OwnerId, saved.Name, saved.Agent, saved.Tabs, saved.Tiling, false);

    public Preset Apply(PresetSaved saved) => this with { Name = saved.Name, Agent = saved.Agent, Tabs = saved.Tabs, Tiling = saved.Tiling };
    public Preset Apply(PresetDeleted _) => this with { Deleted = true };
}
