namespace Codeflare.BuildingBlocks.Pipeline;

/// <summary>How many commands are on the scope's stack; only the outermost one saves.</summary>
internal sealed class CommandDepth
{
    public int Value { get; set; }
}
