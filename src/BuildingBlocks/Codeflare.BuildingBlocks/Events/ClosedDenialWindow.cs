namespace Codeflare.BuildingBlocks.Events;

/// <summary>A window claimed from <see cref="DenialTable"/>: its first refusal (already written) and what repeated after it.</summary>
internal sealed record ClosedDenialWindow(IDenial First, int Repeats, DateTimeOffset? FirstRepeatAt, DateTimeOffset? LastRepeatAt, DenialMetadata? RepeatMetadata)
{
    /// <summary>The event that stands for the repeats, or none when nothing repeated: the first was written when it happened.</summary>
    public IDenial? Summary() => (Repeats, FirstRepeatAt, LastRepeatAt) switch
    {
        ( > 0, { } firstAt, { } lastAt) => First.Repeated(Repeats, firstAt, lastAt),
        _ => null,
    };
}
