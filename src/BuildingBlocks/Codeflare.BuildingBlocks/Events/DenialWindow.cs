namespace Codeflare.BuildingBlocks.Events;

/// <summary>The window arithmetic, in one place: a window that opened at <c>start</c> holds the refusals before <c>start + length</c>.</summary>
internal static class DenialWindow
{
    /// <summary>A refusal at <paramref name="at"/> repeats a window only if the window opened after this; at <paramref name="at"/> = now, older windows are closed.</summary>
    public static DateTimeOffset CutoffFor(DateTimeOffset at, TimeSpan length) => at - length;
}
