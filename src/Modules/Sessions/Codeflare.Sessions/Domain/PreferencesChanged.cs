namespace Codeflare.Sessions.Domain;

/// <summary>The complete preferences after a change (not a diff), so the audit shows each state as it was.</summary>
internal sealed record PreferencesChanged(
    Guid UserId, int FontSize, string Theme, string DefaultAgent, string SyncMode, int? IdleTimeoutMinutes, DateTimeOffset ChangedAt);
