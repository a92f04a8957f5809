using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

/// <summary>
/// Every Docker Engine call the product makes, local socket or remote engine alike. Whatever comes back from a
/// container is bounded in size and time here, so no caller can forget to bound it.
/// </summary>
public sealed partial class ContainerEngine
{
    /// <summary>
    /// Engine calls that read what a container controls (its stats, its disk usage) end within this, so a
    /// container that makes the engine slow can stall only its own reading.
    /// </summary>
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    private readonly IDockerClient docker;
    private readonly EngineHttp http;

    internal ContainerEngine(IDockerClient docker, EngineHttp http)
    {
        this.docker = docker;
        this.http = http;
    }

    /// <summary>Runs a command to its end within <paramref name="bounds"/>; past the output cap the rest is not read.</summary>
    public Task<ExecResult> RunAsync(string containerId, IReadOnlyList<string> command, ExecBounds bounds, CancellationToken cancellationToken,
        string? workingDirectory = null) =>
        Deadline.RunAsync($"'{Text.Printable(command[0], 40)}' in the container", bounds.Timeout, async token =>
        {
            var exec = await docker.Exec.CreateContainerExecAsync(containerId, new ContainerExecCreateParameters
            {
                Cmd = command.ToList(), AttachStdout = true, AttachStderr = true, WorkingDir = workingDirectory!,
            }, token);
            var output = new MemoryStream();
            var truncated = false;
            using (var stream = await docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), token))
            {
                var buffer = new byte[16 * 1024];
                while (true)
                {
                    var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, token);
                    if (read.EOF) break;
                    var room = bounds.MaxOutputBytes - (int)output.Length;
                    if (read.Count > room)
                    {
                        output.Write(buffer, 0, Math.Max(room, 0));
                        truncated = true;
                        break;
                    }
                    output.Write(buffer, 0, read.Count);
                }
            }
            // A command whose output was cut is still running: its exit code is unknown.
            var exitCode = truncated ? -1 : (await docker.Exec.InspectContainerExecAsync(exec.ID, token)).ExitCode ?? -1;
            return new ExecResult(exitCode, Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length), truncated);
        }, cancellationToken);

    /// <summary>
    /// The tar stream of <paramref name="path"/> in a container, running or not; null when the path does not exist.
    /// The caller bounds what it reads (and how long) and disposes the stream.
    /// </summary>
    public Task<Stream?> ReadArchiveAsync(string containerId, string path, CancellationToken cancellationToken) =>
        http.GetArchiveAsync(containerId, path, cancellationToken);

    /// <summary>Extracts a tar into <paramref name="folder"/> of a container while <paramref name="writeTar"/> writes it: nothing is staged on the host.</summary>
    public Task WriteArchiveAsync(string containerId, string folder, Func<Stream, CancellationToken, Task> writeTar, CancellationToken cancellationToken) =>
        http.PutArchiveAsync(containerId, folder, writeTar, cancellationToken);
}
