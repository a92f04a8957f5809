using Docker.DotNet.Models;

namespace Codeflare.Host.Tests;

/// <summary>
/// SPEC §3: sessions cannot reach each other nor the database. Every connection attempt is made from inside a
/// container through the Docker API; the test process itself only ever talks to loopback and the engine.
/// </summary>
public sealed class SessionIsolationTests
{
    private const string Listener =
        "perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalPort=>8000,Listen=>5,ReuseAddr=>1) or die; while($c=$s->accept){print $c qq(hello\\n); close $c}' >/dev/null 2>&1 &";

    [Fact]
    public async Task A_session_reaches_neither_another_session_nor_the_postgres_container_while_each_reaches_itself()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var first = await admin.CreateSessionAsync("first");
        var second = await admin.CreateSessionAsync("second");
        await admin.StartAndWaitAsync(first);
        await admin.StartAndWaitAsync(second);
        await SessionEngine.ExecAsync(second, "bash", "-c", Listener);
        var secondAddress = (await SessionEngine.InspectAsync(second))!.NetworkSettings!.Networks["codeflare-sessions"].IPAddress;
        var postgresAddress = await PostgresAddressAsync();

        // The listener starts in the background: wait until the session reaches itself before judging the others.
        (long ExitCode, string Output) selfReach = default;
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (selfReach = await ConnectFromAsync(second, secondAddress, 8000)).ExitCode == 0, "the listener up");
        var crossReach = await ConnectFromAsync(first, secondAddress, 8000);
        var databaseReach = await ConnectFromAsync(first, postgresAddress, 5432);
        var databaseFromDefaultBridge = await ConnectFromDefaultBridgeAsync(postgresAddress, 5432);

        Assert.Equal((0L, "hello"), (selfReach.ExitCode, selfReach.Output!.Trim()));
        Assert.NotEqual(0L, crossReach.ExitCode);
        Assert.NotEqual(0L, databaseReach.ExitCode);
        Assert.Equal(0L, databaseFromDefaultBridge);
    }

    private static Task<(long ExitCode, string Output)> ConnectFromAsync(string sessionId, string address, int port) =>
        SessionEngine.ExecAsync(sessionId, "timeout", "3", "bash", "-c", $"exec 3<>/dev/tcp/{address}/{port} && timeout 1 head -1 <&3");

    /// <summary>The control: an ordinary container on Docker's default bridge does reach the database, so the refusals above are the isolation's doing.</summary>
    private static async Task<long> ConnectFromDefaultBridgeAsync(string address, int port)
    {
        var created = await SessionEngine.Docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = "codeflare/workspace:slim",
            Cmd = ["timeout", "3", "bash", "-c", $"exec 3<>/dev/tcp/{address}/{port}"],
            Labels = new Dictionary<string, string> { ["org.testcontainers"] = "true" },
        });
        try
        {
            await SessionEngine.Docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
            return (await SessionEngine.Docker.Containers.WaitContainerAsync(created.ID)).StatusCode;
        }
        finally
        {
            await SessionEngine.Docker.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true });
        }
    }

    private static async Task<string> PostgresAddressAsync()
    {
        var containers = await SessionEngine.Docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["ancestor"] = new Dictionary<string, bool> { ["codeflare/postgres:15"] = true } },
        });
        return containers.First().NetworkSettings!.Networks["bridge"].IPAddress;
    }
}
