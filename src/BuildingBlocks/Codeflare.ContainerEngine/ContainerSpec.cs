namespace Codeflare.ContainerEngine;

/// <summary>
/// A container to create, in the product's words rather than the Engine API's. It is always created without a
/// restart policy: what happens after a container exits is the caller's decision, not the engine's.
/// </summary>
public sealed record ContainerSpec(string Name, string Image)
{
    public string? Hostname { get; init; }
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Env { get; init; } = [];
    public string? User { get; init; }
    public string? WorkingDirectory { get; init; }

    /// <summary>Null keeps the image's command.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    public string? StopSignal { get; init; }

    /// <summary>docker-init as PID 1: it forwards the stop signal and reaps zombies.</summary>
    public bool Init { get; init; }

    public ContainerLimits? Limits { get; init; }
    public IReadOnlyList<string> CapDrop { get; init; } = [];
    public IReadOnlyList<string> CapAdd { get; init; } = [];
    public IReadOnlyList<string> SecurityOptions { get; init; } = [];

    /// <summary>The network's id or name; null is the engine's default bridge.</summary>
    public string? Network { get; init; }

    /// <summary>The log driver (e.g. <c>json-file</c>) and its options; null is the engine's default.</summary>
    public string? LogDriver { get; init; }
    public IReadOnlyDictionary<string, string> LogOptions { get; init; } = new Dictionary<string, string>();
}
