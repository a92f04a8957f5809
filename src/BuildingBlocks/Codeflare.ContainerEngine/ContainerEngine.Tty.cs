using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

public sealed partial class ContainerEngine
{
    /// <summary>
    /// Starts <paramref name="command"/> in a container with a TTY of <paramref name="cols"/>×<paramref name="rows"/>,
    /// stdin attached. The caller reads its output with a buffer of its own (whose size bounds each read) and
    /// disposes it to close the connection; the command itself may live on (tmux does).
    /// </summary>
    public async Task<TtyExec> OpenTtyAsync(string containerId, IReadOnlyList<string> command, IReadOnlyList<string> env, int cols, int rows,
        CancellationToken cancellationToken)
    {
        var exec = await docker.Exec.CreateContainerExecAsync(containerId, new ContainerExecCreateParameters
        {
            Cmd = command.ToList(), TTY = true, AttachStdin = true, AttachStdout = true, AttachStderr = true,
            Env = env.ToList(), ConsoleSize = new ConsoleSize { Width = (ulong)cols, Height = (ulong)rows },
        }, cancellationToken);
        var stream = await docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters { TTY = true }, cancellationToken);
        return new TtyExec(docker, exec.ID, stream);
    }
}
