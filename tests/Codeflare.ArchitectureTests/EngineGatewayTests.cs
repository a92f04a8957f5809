namespace Codeflare.ArchitectureTests;

public sealed class EngineGatewayTests
{
    /// <summary>
    /// The workspace sync, moving out of Sessions into Storage, still reads archives over its own socket and writes
    /// them with Docker.DotNet; it goes through the gateway once moved. Each entry must still be needed, so that it is
    /// deleted when the move lands rather than left as a hole.
    /// </summary>
    private static readonly string[] UntilTheSyncMoves =
    [
        "Codeflare.Sessions.Infrastructure.Sync.ArchiveReader: UnixDomainSocketEndPoint",
        "Codeflare.Sessions.Infrastructure.Sync.ContainerFiles: Docker.DotNet",
    ];

    [Fact]
    public void Only_the_container_engine_gateway_talks_to_the_Docker_engine()
    {
        var found = Solution.Source
            .Where(assembly => assembly != Solution.ContainerEngine)
            .SelectMany(EngineReferences.In)
            .ToList();

        var unexpected = found.Except(UntilTheSyncMoves).ToList();
        var stale = UntilTheSyncMoves.Except(found).ToList();
        Assert.True(unexpected.Count == 0, "Use Codeflare.ContainerEngine instead:\n" + string.Join("\n", unexpected));
        Assert.True(stale.Count == 0, "No longer needed; delete from UntilTheSyncMoves:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_gateway_is_seen_to_talk_to_the_Docker_engine()
    {
        var found = EngineReferences.In(Solution.ContainerEngine);

        Assert.Contains("Codeflare.ContainerEngine.ContainerEngine: Docker.DotNet", found);
        Assert.Contains("Codeflare.ContainerEngine.EngineHttp: UnixDomainSocketEndPoint", found);
        Assert.Contains("Codeflare.ContainerEngine.ContainerEngineOptions: \"docker.sock\"", found);
    }
}
