namespace Codeflare.ContainerEngine;

/// <summary>One container as a listing shows it.</summary>
public sealed record ContainerSummary(string Id, bool Running, IReadOnlyDictionary<string, string> Labels);
