namespace Codeflare.Audit.Chain;

/// <summary>The newest link: the sequence it covers and its lower-case hex.</summary>
internal sealed record ChainHead(long Sequence, string Link);
