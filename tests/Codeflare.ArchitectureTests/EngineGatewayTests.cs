namespace Codeflare.ArchitectureTests;

public sealed class EngineGatewayTests
{
    [Fact]
    public void Only_the_container_engine_gateway_talks_to_the_Docker_engine()
    {
        var found = Solution.Source
            .Where(assembly => assembly != Solution.ContainerEngine)
            .SelectMany(EngineReferences.In)
            .ToList();

        Assert.True(found.Count == 0, "Use Codeflare.ContainerEngine instead:\n" + string.Join("\n", found));
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
