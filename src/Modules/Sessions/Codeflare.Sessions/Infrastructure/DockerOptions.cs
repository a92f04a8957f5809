namespace Codeflare.Sessions.Infrastructure;

/// <summary>
/// Section <c>Docker</c>, as the workspace sync's <c>ArchiveReader</c> still reads it. Everything else reads
/// <see cref="ContainerEngine.ContainerEngineOptions"/> (the same section); this goes when the sync moves to the
/// Storage module and reads archives through the engine gateway.
/// </summary>
internal sealed class DockerOptions
{
    public string Endpoint { get; set; } = new ContainerEngine.ContainerEngineOptions().Endpoint;

    public string ApiVersion { get; set; } = new ContainerEngine.ContainerEngineOptions().ApiVersion;
}
