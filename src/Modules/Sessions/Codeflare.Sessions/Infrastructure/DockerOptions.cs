namespace Codeflare.Sessions.Infrastructure;

/// <summary>
/// Section <c>Docker</c>, as the workspace sync's <c>ArchiveReader</c> still reads it. Everything else reads
/// <see cref="ContainerEngine.ContainerEngineOptions"/> (the same section); this goes when the sync moves to the
/// Storage module and reads archives through the engine gateway.
/// </summary>
internal sealed class DockerOptions
{
    /// <summary>Defaults to <c>DOCKER_HOST</c>, else the local socket.</summary>
    public string Endpoint { get; set; } = Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "unix:///var/run/docker.sock";

    /// <summary>The Engine API version to speak; 1.41 is what Docker 20.10 offers and newer engines still accept.</summary>
    public string ApiVersion { get; set; } = "1.41";
}
