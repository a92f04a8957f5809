namespace Codeflare.ContainerEngine;

/// <summary>A container event from the engine's stream (e.g. <c>die</c>), with the container's labels among its attributes.</summary>
public sealed record ContainerEvent(string ContainerId, string Action, IReadOnlyDictionary<string, string> Attributes);
