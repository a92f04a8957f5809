namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>Section <c>Terminals</c> (SPEC §4).</summary>
internal sealed class TerminalOptions
{
    /// <summary>Output kept per terminal for reconnecting clients (64 KiB is only ~100 lines of agent output).</summary>
    public int RingBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Bytes a client may have unacknowledged before the host stops sending to it.</summary>
    public int UnackedWindowBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest chunk one message carries.</summary>
    public int ChunkBytes { get; set; } = 64 * 1024;

    /// <summary>Largest input message, and input messages per second per connection (burst twice that).</summary>
    public int MaxInputBytes { get; set; } = 64 * 1024;

    public int InputMessagesPerSecond { get; set; } = 400;
}
