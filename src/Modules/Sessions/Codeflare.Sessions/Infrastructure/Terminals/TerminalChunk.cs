using MessagePack;

namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>SPEC §14: one piece of a terminal's output. <see cref="Reset"/>: the requested offset was gone, the screen is being repainted.</summary>
[MessagePackObject]
internal sealed record TerminalChunk([property: Key("offset")] long Offset, [property: Key("data")] byte[] Data, [property: Key("reset")] bool Reset);
