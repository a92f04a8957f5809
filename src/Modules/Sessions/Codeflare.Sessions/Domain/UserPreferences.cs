using Codeflare.BuildingBlocks.Marten;

namespace Codeflare.Sessions.Domain;

/// <summary>
/// SPEC §3 preferences of one user. Its stream id is derived from the user's id but differs from it, so that no
/// other aggregate's inline snapshot (the user's own) ever sees these events.
/// </summary>
internal sealed record UserPreferences(Guid Id, Guid UserId, int FontSize, string Theme, string DefaultAgent, string SyncMode, int? IdleTimeoutMinutes)
{
    public static UserPreferences DefaultsFor(Guid userId) =>
        new(StreamIdFor(userId), userId, PreferenceChoices.DefaultFontSize, PreferenceChoices.DefaultTheme, SessionChoices.DefaultAgent,
            PreferenceChoices.DefaultSyncMode, null);

    public static UserPreferences Create(PreferencesChanged changed) => DefaultsFor(changed.UserId).Apply(changed);

    public UserPreferences Apply(PreferencesChanged changed) => this with
    {
        FontSize = changed.FontSize, Theme = changed.Theme, DefaultAgent = changed.DefaultAgent, SyncMode = changed.SyncMode,
        IdleTimeoutMinutes = changed.IdleTimeoutMinutes,
    };

    public static Guid StreamIdFor(Guid userId) => NamedStreamId.For($"codeflare/preferences/{userId:N}");
}
