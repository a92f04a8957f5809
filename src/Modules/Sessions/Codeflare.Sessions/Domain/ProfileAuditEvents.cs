using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Sessions.Domain;

/// <summary>Preferences and presets, as the audit log shows them.</summary>
internal static class ProfileAuditEvents
{
    private const string Module = AuditModules.Sessions;

    public static IEnumerable<AuditEventDescription> All =>
    [
        AuditEvent.For<PreferencesChanged>("preferences.changed", Module)
            .Recorded(e => new { e.UserId, e.FontSize, e.Theme, e.DefaultAgent, e.SyncMode, e.IdleTimeoutMinutes, e.ChangedAt })
            .About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} changed the preferences of {names.User(e.UserId)} (sync {e.SyncMode}, agent {e.DefaultAgent})"),
        AuditEvent.For<PresetSaved>("preset.saved", Module)
            .Recorded(e => new { e.PresetId, e.OwnerId, e.Name, e.Agent, e.Tabs, e.Tiling, e.SavedAt }).About(user: e => e.OwnerId)
            .Says((e, names) => $"{names.Actor} saved the preset '{e.Name}'"),
        AuditEvent.For<PresetDeleted>("preset.deleted", Module)
            .Recorded(e => new { e.PresetId, e.DeletedAt })
            .Says((_, names) => $"{names.Actor} deleted a preset"),
    ];
}
