namespace Codeflare.BuildingBlocks.Events;

/// <summary>Configuration section <c>Audit</c>.</summary>
internal sealed class DenialOptions
{
    public const string Section = "Audit";

    /// <summary>Repeats of one caller's refusal within this long after the first are counted into one event.</summary>
    public TimeSpan DenialWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each host writes the windows that closed; a summary is at most this late.</summary>
    public TimeSpan DenialFlushInterval { get; set; } = TimeSpan.FromSeconds(5);
}
