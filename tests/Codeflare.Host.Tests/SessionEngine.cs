using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Host.Tests;

/// <summary>The test's own view of the Docker engine, to check what the runner did (never to talk to container addresses).</summary>
internal static class SessionEngine
{
    public static readonly IDockerClient Docker = new DockerClientBuilder().WithApiVersion(new System.Version(1, 41)).Build();

    public static string NameOf(string sessionId) => $"codeflare-session-{Guid.Parse(sessionId):N}";

    public static async Task<ContainerInspectResponse?> InspectAsync(string sessionId)
    {
        try
        {
            return await Docker.Containers.InspectContainerAsync(NameOf(sessionId));
        }
        catch (DockerContainerNotFoundException)
        {
            return null;
        }
    }

    public static async Task<(long ExitCode, string Output)> ExecAsync(string sessionId, params string[] command)
    {
        var exec = await Docker.Exec.CreateContainerExecAsync(NameOf(sessionId),
            new ContainerExecCreateParameters { Cmd = command, AttachStdout = true, AttachStderr = true });
        using var stream = await Docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), default);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(default);
        return ((await Docker.Exec.InspectContainerExecAsync(exec.ID)).ExitCode ?? -1, stdout + stderr);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; returns how long it took, or fails after <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan> WithinAsync(TimeSpan limit, Func<Task<bool>> condition, string what)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (started.Elapsed > limit) Assert.Fail($"Not within {limit.TotalSeconds} s: {what}");
            await Task.Delay(50);
        }
        return started.Elapsed;
    }
}
