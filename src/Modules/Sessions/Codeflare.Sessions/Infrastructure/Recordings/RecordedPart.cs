using Codeflare.Sessions.Infrastructure.Terminals;

namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>A part on its way to the store: its bytes and what its <c>TerminalRecordingStored</c> event will say.</summary>
internal sealed record RecordedPart(
    Guid RecordingId, TerminalKey Terminal, int Number, byte[] Body, long DurationMs, int Width, int Height, DateTimeOffset StartedAt, bool Truncated);
