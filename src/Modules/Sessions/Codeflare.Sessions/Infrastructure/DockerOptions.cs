namespace Codeflare.Sessions.Infrastructure;

/// <summary>Section <c>Docker</c>: the engine the runner drives, local or remote (SPEC §3).</summary>
internal sealed class DockerOptions
{
    /// <summary>Defaults to <c>DOCKER_HOST</c>, else the local socket.</summary>
    public string Endpoint { get; set; } = Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "unix:///var/run/docker.sock";

    /// <summary>The Engine API version to speak; 1.41 is what Docker 20.10 offers and newer engines still accept.</summary>
    public string ApiVersion { get; set; } = "1.41";
}
