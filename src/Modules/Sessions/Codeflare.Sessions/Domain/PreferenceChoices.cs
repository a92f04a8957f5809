namespace Codeflare.Sessions.Domain;

internal static class PreferenceChoices
{
    public static readonly IReadOnlyList<string> Themes = ["system", "dark", "light"];

    /// <summary>SPEC §5 workspace sync modes: dotfiles and agent settings only, plus repository metadata, or everything.</summary>
    public static readonly IReadOnlyList<string> SyncModes = ["config", "metadata", "full"];

    public const int DefaultFontSize = 14;
    public const string DefaultTheme = "system";
    public const string DefaultSyncMode = "config";
}
