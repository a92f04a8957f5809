namespace Codeflare.Sessions.Domain;

/// <summary>One stored part of a recording: where it is, how long, and the hash its event recorded.</summary>
internal sealed record RecordingPart(int Number, string Key, long Bytes, string Sha256);
