namespace Codeflare.ContainerEngine;

/// <summary>The engine's version and the newest API version it speaks.</summary>
public sealed record EngineVersion(string Version, string ApiVersion);
