namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>
/// Section <c>Recordings</c> (SPEC §4): instance settings until the settings issue makes them editable. Input is off by
/// default because what people type includes passwords and tokens.
/// </summary>
internal sealed class RecordingOptions
{
    public const string Section = "Recordings";

    public bool Enabled { get; set; } = true;

    public bool RecordInput { get; set; }

    /// <summary>Past this a recording notes its truncation and records no more.</summary>
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>A part is stored at least this often while there is output, so a host crash loses at most this much.</summary>
    public TimeSpan PartInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>…and as soon as this much is waiting.</summary>
    public int PartBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// What a recording may hold in memory while the store is slow or down. The terminal never waits for the store:
    /// output past this is left out of the recording, counted, and the gap is noted in it.
    /// </summary>
    public int MaxPendingBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Recordings are deleted from the store this long after their last part (their events stay).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);
}
