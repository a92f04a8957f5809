namespace Codeflare.ContainerEngine;

/// <summary>A network to create: its driver, the driver's options (e.g. bridge ICC) and labels.</summary>
public sealed record NetworkSpec(string Name, string Driver)
{
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
