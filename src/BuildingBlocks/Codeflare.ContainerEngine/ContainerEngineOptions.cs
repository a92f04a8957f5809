namespace Codeflare.ContainerEngine;

/// <summary>Section <c>Docker</c>: the engine sessions run on, local or remote (SPEC §3).</summary>
public sealed class ContainerEngineOptions
{
    /// <summary>Defaults to <c>DOCKER_HOST</c>, else the local socket.</summary>
    public string Endpoint { get; set; } = Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "unix:///var/run/docker.sock";

    /// <summary>The Engine API version to speak; 1.41 is what Docker 20.10 offers and newer engines still accept.</summary>
    public string ApiVersion { get; set; } = "1.41";
}
